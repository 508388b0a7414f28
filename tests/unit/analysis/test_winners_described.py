"""A description of a winner that refers back: "the Oscar winner added" is the person the article said won an Oscar
("Ann Roe, who won an Oscar in 2019,"), though "winner" shares no stem with "won"; one who won something else is not
the Oscar winner (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by

_STAR = (
    "The film’s star, Maren Tollefsen, who won an Oscar in 2019 for “Glass Harbour,” spoke about the shoot on her "
    "podcast on Tuesday."
)


def test_the_oscar_winner_is_the_one_who_won_an_oscar(nlp):
    rows = said_by(nlp, _STAR, "The Oscar winner added that the reshoots had saved the final act.")
    assert rows == [("Maren Tollefsen", "the reshoots had saved the final act")]


def test_the_oscar_winner_is_not_one_who_won_a_race(nlp):
    rows = said_by(
        nlp,
        "Pia Lundqvist, who won the city marathon in April, ran the course again on Sunday.",
        "The Oscar winner added that the reshoots had saved the final act.",
    )
    assert [speaker for speaker, _ in rows] == [""]
