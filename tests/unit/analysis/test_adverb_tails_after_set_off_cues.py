"""A cue set off by commas after a whole clause, with an adverb tail after it that the parser hung the cue on ("His
officers used it 140 times last year, he says, more often than they drew their firearms."): what was said is the
clause before the cue with its tail, not the tail alone (set_off_cues.clause_before_tail). Fictional texts on the
real spaCy pipeline."""

from __future__ import annotations

from tests.quoting import said_by

CHIEF = "Police Chief Anselm Varga-Whitlock sees the numbers from the other end."
ECONOMIST = "Ines Corvallo-Peet is the chief economist at Brackwater Savings."


def test_more_often_than_after_the_cue_goes_with_the_clause_before_it(nlp):
    quotes = said_by(
        nlp,
        CHIEF,
        "His officers carry naloxone and used it 140 times last year, he says, more often than they drew their "
        "firearms in a decade.",
    )
    assert (
        "Anselm Varga-Whitlock",
        "His officers carry naloxone and used it 140 times last year more often than they drew their firearms in a "
        "decade",
    ) in quotes


def test_more_than_after_the_cue_goes_with_the_clause_before_it(nlp):
    quotes = said_by(nlp, ECONOMIST, "Prices rose 4 per cent in May, she says, more than in any month since 1990.")
    assert ("Ines Corvallo-Peet", "Prices rose 4 per cent in May more than in any month since 1990") in quotes


def test_a_clause_after_the_cue_with_a_verb_of_its_own_is_read_as_before(nlp):
    quotes = said_by(nlp, ECONOMIST, "Prices rose 4 per cent in May, she says, and wages barely moved.")
    assert any(speaker == "Ines Corvallo-Peet" and "wages barely moved" in quote for speaker, quote in quotes)
    assert not any("more" in quote for _, quote in quotes)
