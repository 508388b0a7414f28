"""A name that ends in a gambling company's word ("Pellridge Gaming", "Selwyn Betting", "Larkspire Lotteries", "Harlow
Casinos") is an organisation's, whatever the recogniser took it for: the company speaks as itself, and one who heads
it works there. A person who speaks of gaming stays a person. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Ministers faced calls on Tuesday to publish the scoring, after Pellridge Gaming, the losing bidder, "
                "told MPs it had been marked down for promises its rival was not asked to make.",
            ),
            ("Pellridge Gaming", "institution", ""),
        ),
        (
            (
                "The licence went to Brantwood Lotteries, the incumbent, the regulator said.",
                "Devon Crake-Ellis, who heads Selwyn Betting, said the result had been decided in advance.",
            ),
            ("Devon Crake-Ellis", "other", "Selwyn Betting"),
        ),
        (
            ("Harlow Casinos, which runs four venues in the city, said it would cut 200 jobs.",),
            ("Harlow Casinos", "institution", ""),
        ),
    ],
)
def test_a_name_ending_in_a_gambling_word_is_a_company(nlp, paragraphs, expected):
    assert profiles_of(nlp, *paragraphs)[-1] == expected


def test_one_who_speaks_of_gaming_stays_a_person(nlp):
    paragraphs = ("Tobias Quennell, a market researcher, said online Gaming had grown faster than any other pastime.",)
    assert profiles_of(nlp, *paragraphs) == [("Tobias Quennell", "analyst", "")]
