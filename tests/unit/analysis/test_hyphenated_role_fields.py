"""A hyphenated title the parser splits ("vice" the head, "president" a sibling that holds "of human resources")
keeps its field: "the plant's vice-president of human resources" is a company's officer, kind other, not a state's
vice-president. A vice-president of a country stays an official. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of


def _row(nlp, text: str) -> tuple[str, str]:
    row = quote_rows_of(nlp, text)[0]
    return row["speaker_kind"], row["role"]


@pytest.mark.parametrize(
    ("tail", "role"),
    [
        ("the plant's vice-president of human resources", "plant's vice-president of human resources"),
        ("vice-president of human resources", "vice-president of human resources"),
        ("the mill's vice-president of operations", "mill's vice-president of operations"),
        ("the plant's vice-president of community relations", "plant's vice-president of community relations"),
    ],
)
def test_a_split_vice_president_of_a_function_is_a_company_officer(nlp, tail, role):
    text = f'Workers went back to the line on Monday. "Nobody will lose a shift," said Marlowe Quenby, {tail}.'
    assert _row(nlp, text) == ("other", role)


@pytest.mark.parametrize("country", ["Kenya", "the republic"])
def test_the_vice_president_of_a_country_stays_an_official(nlp, country):
    text = f'The talks ended late. "We are close to a deal," said Orlan Bexley, the vice-president of {country}.'
    assert _row(nlp, text)[0] == "official"
