"""A surname alone, written with another capital at the start of a sentence, is the person the article named in full
(surname_links.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_capitalised_particle_surname_is_the_person_named_in_full(nlp):
    rows = said_by(
        nlp,
        "The preacher Yusuf al-Naqbi left the port city of Darsa in 2009.",
        f"Al-Naqbi says the mills of Darsa will close. {L}The river is too low for the wheels,{R} he says.",
    )
    assert {speaker for speaker, _ in rows} == {"Yusuf al-Naqbi"}
