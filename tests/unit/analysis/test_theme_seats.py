"""Seats of government as the states they stand for (see themes/seats.py): a head of government's or a foreign
ministry's house that takes a stand towards another state ("the White House threatened Brasilia") is that state
acting; one that merely says, cites or doubts something, or is named in passing ("a White House spokesman"), is no
party of its own. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.quotes.capitals import CAPITALS, SEATS_OF_GOVERNMENT
from dashboard.analysis.themes.seats import idle_seat
from tests.theming import article


def test_seats_of_government_are_capitals_to_the_themes():
    assert {"the white house", "downing street", "zhongnanhai", "the blue house", "foggy bottom"} <= CAPITALS
    assert SEATS_OF_GOVERNMENT <= CAPITALS
    assert "the pentagon" not in CAPITALS  # a ministry of one portfolio, no seat of a government


def test_a_seat_that_threatens_another_state_is_its_state_acting(nlp, themes):
    (threat,) = article(
        themes,
        nlp,
        "Steel duties threatened",
        [
            "The White House on Monday threatened to double duties on all steel from Brazil unless Brasilia curbed "
            "its exports within a month."
        ],
    )
    assert "diplomacy" in threat, threat


def test_a_seat_that_takes_a_stand_is_no_idle_seat(nlp):
    (seat, _) = nlp("The Blue House protested to Tokyo over the new textbooks.").ents[:2]
    assert seat.text == "The Blue House" and not idle_seat(seat)


def test_a_seat_that_cites_or_is_named_in_passing_is_idle(nlp):
    cited = nlp("The White House cited a report that doubted Chile's claim to have built a second reactor.")
    assert idle_seat(next(e for e in cited.ents if e.text == "The White House"))
    passing = nlp("A White House spokesman said the president would host Kenya's leader on Tuesday.")
    assert idle_seat(next(e for e in passing.ents if "White House" in e.text))


def test_a_seat_that_doubts_a_foreign_claim_adds_no_relations(nlp, themes):
    (doubt,) = article(
        themes,
        nlp,
        "Reactor claim doubted",
        [
            "In March, the White House expressed doubt that Chile could finish a second reactor, which analysts said "
            "would take Santiago another decade."
        ],
    )
    assert "diplomacy" not in doubt, doubt


def test_the_kremlin_acts_for_its_state_wherever_it_acts_as_a_capital_does(nlp):
    said = nlp("The Kremlin said on Friday that it was ready to resume talks with Vilnesk over the grain corridor.")
    assert not idle_seat(next(e for e in said.ents if "Kremlin" in e.text))
