"""A person's name the recogniser missed after a title with no comma ("Ministry spokeswoman X said", "Opposition
lawmaker X said"): the speaker is the name, the title the role, the kind the title's (fictional sentences)."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.glued_titles import title_and_name
from tests.quoting import quote_rows_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ministry spokeswoman Ana Ruiz said the rise was needed to cut the deficit.", ("Ana Ruiz", "official")),
        ("Opposition lawmaker Irena Kovac said the bill had been rushed through.", ("Irena Kovac", "official")),
    ],
)
def test_the_name_after_a_title_is_the_speaker(nlp, sentence, expected):
    row = quote_rows_of(nlp, "Parliament debated the fuel bill on Tuesday.", sentence)[-1]
    assert (row["speaker"], row["speaker_kind"]) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ministry spokeswoman Ana Ruiz", ("ministry spokeswoman", "Ana Ruiz")),
        ("opposition lawmaker Irena Kovac", ("opposition lawmaker", "Irena Kovac")),
        ("Army spokesman Colonel Ian Frey", ("army spokesman", "Ian Frey")),
        ("Spokeswoman Dana Hale", ("spokeswoman", "Dana Hale")),
        ("analysts at Capital Economics", None),
        ("opposition lawmakers", None),
        ("Ana Ruiz", None),
        ("Finance minister Hall", None),
        ("economist at Fjord Bank", None),
        ("Fjord Bank economist Lars Berg Group", None),
        ("Harbor Policy Research Center's Moss", None),
        ("Harbor Research Institute's Ann Moss", None),
    ],
)
def test_a_title_and_a_name_are_told_apart(phrase, expected):
    assert title_and_name(phrase) == expected


def test_a_given_name_read_into_the_role_goes_back_to_the_name(nlp):
    row = quote_rows_of(nlp, "Pro-Western lawmaker Ana Petrescu said the vote was rigged.")[-1]
    assert (row["speaker"], row["role"]) == ("Ana Petrescu", "Pro-Western lawmaker")
