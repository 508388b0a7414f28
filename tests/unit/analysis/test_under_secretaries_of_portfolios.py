"""An under secretary's capitalised title with a portfolio of two fields before the name ("Under Secretary for
Industry and Security X said"), which the parser hangs on "Under" as the verb's preposition and not on the name, is
still the role: the speaker holds a public office (quotes/under_opened_titles.py). An "Under" that opens a phrase of
its own ("Under pressure from lawmakers, X said") gives no role. Fictional people."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of

_TITLES = [
    "Under Secretary for Industry and Security",
    "Under Secretary for Public Diplomacy and Public Affairs",
    "Under Secretary of State for Trade and Industry",
    "Under Secretary for Farm Production and Conservation",
]


@pytest.mark.parametrize("title", _TITLES)
def test_the_title_before_the_name_is_the_under_secretarys_role(nlp, title):
    rows = quote_rows_of(nlp, f"{title} Malcolm Ferriday-Stone said his bureau would add more export officers.")
    assert [(r["speaker"], r["speaker_kind"], r["role"]) for r in rows] == [
        ("Malcolm Ferriday-Stone", "official", title)
    ]


def test_an_under_that_opens_a_phrase_gives_no_role(nlp):
    rows = quote_rows_of(nlp, "Under pressure from lawmakers, Malcolm Ferriday-Stone said his bureau would act.")
    assert [(r["speaker"], r["role"]) for r in rows] == [("Malcolm Ferriday-Stone", "")]
