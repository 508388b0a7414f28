"""A street named for a sovereign ("King Alder Boulevard") is a place, no king or queen: the
title does not make the rest of it a person's name, who would then be the antecedent of "the 44-year-old said"."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_boulevard_named_for_a_king_is_no_person_and_the_speaker_stays_who_was_named(nlp):
    paragraph = (
        "Tomasz Wierzbicki, who came from Gdansk last year, works at the bakery on King Alder Boulevard. Speaking "
        "through an interpreter, the 44-year-old said he needed English to get his trade papers."
    )
    assert [s for s, _ in said_by(nlp, paragraph)] == ["Tomasz Wierzbicki"]
