"""The voices through which a state speaks in newswire (see quotes.capitals and themes.names): the seat of its
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


def test_a_state_that_abstains_in_a_vote_acts_as_a_state(themes, nlp):
    story = [
        "The UN Security Council on Tuesday renewed the mandate of its mission in Haiti for a year, after Kenya "
        "offered more police officers.",
        "Twelve members voted in favour and Ecuador abstained.",
        "Ecuador's envoy said the text did too little to stop the flow of weapons.",
    ]
    scores = themes.score_article([nlp(t) for t in story], [""] * 3, "Council Renews Haiti Mission")
    found = next(s for s in scores[1] if s.theme == "diplomacy")
    assert found.label and "state speaks: Ecuador abstain" in found.terms


def test_a_country_that_votes_at_home_is_no_state_acting_alone(themes, nlp):
    found = diplomacy(themes, nlp, "Ireland voted to lower the voting age to 16 in a referendum on Friday.")
    assert not found.label
