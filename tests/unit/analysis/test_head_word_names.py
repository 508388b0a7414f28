"""A body named in full and then called by the last word of its name, capitalised ("the Fund's mission chief" after
the International Monetary Fund, "the Bank's country director" after the World Bank): the word stands for that body,
so its staff are tied to it by its full name and take its kind; with two bodies whose names end with the word, it
stands for neither (real pipeline; fictional people and places).
"""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_CALLED_BY_HEAD_WORD = [
    (
        "The International Monetary Fund agreed a $1.2 billion loan with the Pell Basin republic on Tuesday.",
        "The Fund's mission chief, Ilse Sefton-Achebe, said at the end of a visit that the reforms were on track.",
        ("Ilse Sefton-Achebe", "official", "International Monetary Fund"),
    ),
    (
        "The International Monetary Fund agreed a $1.2 billion loan with the Pell Basin republic on Tuesday.",
        "Ilse Sefton-Achebe, the Fund's mission chief for the republic, said the reforms were on track.",
        ("Ilse Sefton-Achebe", "official", "International Monetary Fund"),
    ),
    (
        "The World Bank approved $300 million for roads in the Pell Basin republic.",
        "Halma Orrin, the Bank's country director, said the money would reach the provinces first.",
        ("Halma Orrin", "official", "World Bank"),
    ),
]


@pytest.mark.parametrize(("opening", "text", "profile"), _CALLED_BY_HEAD_WORD)
def test_a_body_called_by_the_last_word_of_its_name_is_the_body_named_before(nlp, opening, text, profile):
    assert profiles_of(nlp, opening, text)[-1] == profile


def test_a_head_word_that_ends_two_names_stands_for_neither(nlp):
    rows = profiles_of(
        nlp,
        "The International Monetary Fund and the Arctic Resilience Fund both lent to the Pell Basin republic.",
        "The Fund's mission chief, Ilse Sefton-Achebe, said the reforms were on track.",
    )
    assert rows[-1][0] == "Ilse Sefton-Achebe"
    assert rows[-1][2] not in ("International Monetary Fund", "Arctic Resilience Fund")
