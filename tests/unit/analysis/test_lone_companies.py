"""One-word companies the recogniser took for a person in every mention, told by what they own or do (real
pipeline, fictional texts)."""

from __future__ import annotations

import pytest

from dashboard.analysis.entities import entity_rows
from tests.quoting import profiles_of


def _labels(nlp, *paragraphs: str) -> dict[str, str]:
    return {r["canonical"]: r["label"] for r in entity_rows("test", list(nlp.pipe(paragraphs)))}


def test_a_lone_name_that_buys_a_company_and_has_a_finance_chief_is_an_organisation(nlp):
    paragraphs = (
        "Talvessa agreed to buy Lund Paper for 900 million euros.",
        "Talvessa's finance chief, Ivo Marsh, said the deal would lift earnings.",
        "Talvessa said its shares would be listed in Oslo.",
    )
    assert _labels(nlp, *paragraphs)["Talvessa"] == "ORG"
    assert profiles_of(nlp, *paragraphs) == [("Ivo Marsh", "other", "Talvessa"), ("Talvessa", "institution", "")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # the surname of a person named in full
            "Dana Talvessa agreed to buy a house in Oslo.",
            "Talvessa said the price was fair.",
        ),
        (  # a campaign's chief of staff is no company's
            "Talvessa's chief of staff said the campaign was ready.",
            "Talvessa said the polls were wrong.",
        ),
    ],
)
def test_a_lone_name_that_does_no_business_of_a_company_stays_a_person(nlp, paragraphs):
    assert "ORG" not in {label for name, label in _labels(nlp, *paragraphs).items() if "Talvessa" in name}
