""" "Club chief executive X" after a story named a football club and called it a club (texts of our own): "club" before
the title refers to that club, as "company" does to a company."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_club_chief_executive_is_the_clubs_named_before(nlp):
    rows = profiles_of(
        nlp,
        "Shareholders of Dunmore Athletic, the Scottish football club, on Friday approved its sale to a group of "
        "investors from Denver for 90 million pounds.",
        "Club chief executive Duncan Arbroath said the money would pay off loans taken out when the club was "
        "relegated.",
    )
    assert rows == [("Duncan Arbroath", "other", "Dunmore Athletic")]
