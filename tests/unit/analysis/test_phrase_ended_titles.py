"""A title whose prepositional phrase runs into its holder's name with no comma (texts of our own): the name that
ends the phrase right before the cue is the speaker, while a name after a title word is the principal the title
serves and speaks not."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_that_ends_the_phrase_of_a_title_is_its_holder(nlp):
    rows = said_by(
        nlp,
        "Opposition leader in the town committee Syed Danish Ali Shah rejected the minister’s claims, saying the "
        "blackout was the result of mismanagement and theft.",
    )
    assert [speaker for speaker, _ in rows] == ["Syed Danish Ali Shah"]


def test_a_name_after_a_title_word_in_the_phrase_is_not_the_speaker(nlp):
    rows = said_by(nlp, "Spokesman for President Olga Varenne said the summit in Dhoopnagar would go ahead.")
    assert [speaker for speaker, _ in rows] != ["Olga Varenne"]
