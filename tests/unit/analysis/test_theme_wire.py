"""How newswire tells relations between states: a doer and its verb set apart by the day ("Norway on Tuesday accused
Iceland"), on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations


def diplomacy(themes, nlp, text: str):
    return next(s for s in themes.score(nlp(text)) if s.theme == "diplomacy")


def test_a_state_acts_on_another_across_the_day_of_the_week(themes, nlp):
    blamed = diplomacy(themes, nlp, "Norway on Tuesday blamed Russian hackers for an attack on its parliament.")
    assert "acting: Norway blame Russian" in blamed.terms
    accused = diplomacy(themes, nlp, "Peru on Monday formally accused Chile of moving troops to the border.")
    assert "acting: Peru accuse Chile" in accused.terms
    # a date that is not the day something was done keeps the doer apart: a place or a name before it is no doer
    assert not any(
        t.startswith("acting") for t in diplomacy(themes, nlp, "Fans in Oslo on Sunday warned Sweden.").terms
    )


def test_a_capital_speaks_for_its_state_across_the_day_of_the_week(themes, nlp):
    denied = diplomacy(themes, nlp, "Moscow on Friday denied any role in the attack on the Estonian power grid.")
    assert any(t.startswith("capital acts: Moscow deny") for t in denied.terms), denied.terms
