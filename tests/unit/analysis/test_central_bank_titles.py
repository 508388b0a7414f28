"""A title that describes its body only as "central bank" before a name serves the one central bank the article
names (central_bank_titles.py); an article that names none keeps the description, and a spokesman's title is left."""

from __future__ import annotations

import pytest

from .grid_cells import second_paragraph_profiles

_LEDE = "The Bank of Quellmark left its main interest rate at three percent on Wednesday."


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        pytest.param(
            "Central bank governor Henrik Malm said wages were rising too slowly.",
            "central bank governor",
            id="the title opens the sentence",
        ),
        pytest.param(
            "Wages were rising too slowly, said central bank governor Henrik Malm.",
            "central bank governor",
            id="the title follows the verb",
        ),
        pytest.param(
            "Deputy central bank governor Henrik Malm said wages were rising too slowly.",
            "Deputy central bank governor",
            id="a deputy's title keeps its words once",
        ),
    ],
)
def test_a_central_bank_title_serves_the_bank_the_article_names(nlp, sentence, role):
    said = second_paragraph_profiles(nlp, (_LEDE, sentence))
    assert said == [("Henrik Malm", "official", role, "Bank of Quellmark")]


def test_an_article_naming_no_central_bank_keeps_the_description(nlp):
    said = second_paragraph_profiles(
        nlp,
        (
            "Shares in Quellmark's biggest lenders fell on Wednesday.",
            "Central bank governor Henrik Malm said wages were rising too slowly.",
        ),
    )
    assert [affiliation for *_, affiliation in said] != ["Bank of Quellmark"]


def test_a_spokesman_of_the_central_bank_is_left_as_he_was(nlp):
    said = second_paragraph_profiles(
        nlp, (_LEDE, "Central bank spokesman Henrik Malm said wages were rising too slowly.")
    )
    assert [role for _, _, role, _ in said] == ["spokesman"]
