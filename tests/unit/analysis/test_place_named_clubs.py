""" "The club's chairman" of a club the recogniser took for a place, set beside "club" (quotes/place_named_clubs.py)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_clubs_chairman_serves_the_club_named_like_a_town(nlp):
    """ "Kelmsbury City, the second-tier club bought by …": the club's name is tagged a place, but the noun set
    after it says it is the club, whose chairman and chief executive speak for it, a paragraph or several later."""
    profiles = profiles_of(
        nlp,
        "LEEDS -- Kelmsbury City, the second-tier club bought last year by a shipping family, reported a loss of "
        "38 million pounds on Thursday.",
        "The club's chairman, Piers Ashdown, said the loss came from building a new academy.",
        "The league said it was reviewing the accounts.",
        "Fans protested outside the ground on Saturday.",
        "The club's chief executive, Wendy Marsh, said two players would be sold in January.",
    )
    assert ("Piers Ashdown", "other", "Kelmsbury City") in profiles
    assert ("Wendy Marsh", "other", "Kelmsbury City") in profiles


def test_a_town_set_beside_no_club_owns_no_clubs_chairman(nlp):
    """ "in Kelmsbury, a market town": a place set beside another noun is no club, and "the club's chairman" keeps
    no body."""
    profiles = profiles_of(
        nlp,
        "The match was played in Kelmsbury, a market town in the north.",
        "The club's chairman, Piers Ashdown, said the pitch had been fine.",
    )
    assert ("Piers Ashdown", "other", "") in profiles
