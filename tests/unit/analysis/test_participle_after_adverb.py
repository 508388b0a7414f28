"""A cue in "aside from saying …", "except for saying …" after the verb of the sentence: the preposition hangs on an
adverb of that verb, and the one who does what the verb says is who says it (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_cue_after_aside_from_is_said_by_the_subject_of_the_verb_the_adverb_modifies(nlp):
    rows = said_by(
        nlp,
        "Ada Brenn has said about twenty people want the seat, but she refuses to discuss them, aside from saying she "
        "wants a younger council.",
    )
    assert rows == [
        ("Ada Brenn", "about twenty people want the seat"),
        ("Ada Brenn", "she wants a younger council"),
    ]


def test_a_cue_after_stopped_short_of_is_no_statement(nlp):
    rows = said_by(
        nlp,
        "Tom Reyes further described the crash as a sad day, but stopped short of calling the captain's actions "
        "reckless.",
    )
    assert all("reckless" not in quote for _, quote in rows)
