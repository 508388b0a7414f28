"""The voices through which a state speaks in newswire (see themes.capitals and themes.names): the seat of its
government named for it ("the Kremlin dismissed"), fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations


def diplomacy(themes, nlp, text: str):
    return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy")


def test_the_seat_of_a_government_answers_another_state_as_its_capital_would(themes, nlp):
    found = diplomacy(
        themes, nlp, "The Kremlin rejected the report as slander and said Tallinn was looking for a scapegoat."
    )
    assert "parties: Kremlin + Tallinn" in found.terms
    assert "capital acts: Kremlin reject" in found.terms


def test_the_seat_of_a_government_speaking_of_home_affairs_is_no_relation(themes, nlp):
    found = diplomacy(themes, nlp, "The Kremlin said the new pension rules would take effect in January.")
    assert not found.label
