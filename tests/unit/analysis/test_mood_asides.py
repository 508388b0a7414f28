"""A word of mood set off by commas between a speaker and the cue, which the parser read as a clause of its own with
the speaker as its subject (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_mood_set_off_before_the_cue_leaves_the_speaker_to_the_cue(nlp):
    text = f"Ms. Ilse Arden, exasperated, responded: {L}What difference does the ferry make now?{R}"
    assert said_by(nlp, text) == [("Ilse Arden", f"{L}What difference does the ferry make now?{R}")]


def test_a_mood_with_more_than_a_word_of_degree_is_no_aside_of_the_speaker(nlp):
    text = "The ferry was late again, and Ms. Ilse Arden, tired of the delays, said the council would act."
    assert said_by(nlp, text) == [("Ilse Arden", "the council would act")]
