"""A person named again by a surname that opens with a particle ("Le Quéré said …" after "Yann-Erwan Le Quéré") is
that person as the cue is read, even when the recogniser takes the short name for an organisation, so the "he" of the
quotation after is that person, not the man quoted in the paragraph before (real pipeline; fictional people)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_he_after_a_particle_surname_is_that_person(nlp):
    rows = said_by(
        nlp,
        f"{L}We are not going home with promises,{R} Yann-Erwan Le Quéré, head of the Breton growers’ union, told "
        "reporters from the cab of his tractor.",
        f"Economist Mathis Corbel of the Rennes farm institute said the tax was only part of the story. {L}French "
        f"farms are too small to compete on price,{R} he told AFP.",
        "Le Quéré said the farmers would decide at dawn whether to move on the wholesale market. "
        f"{L}If they push us, we will go further,{R} he said.",
    )
    assert [speaker for speaker, _ in rows[-2:]] == ["Yann-Erwan Le Quéré", "Yann-Erwan Le Quéré"]
