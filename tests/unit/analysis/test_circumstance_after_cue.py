"""A quotation closed right before its cue, with a clause after the cue that tells when the words were said ("“…,” he
said, as the ferry pulled away"): the quotation is what was said, the clause is narration (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_INTRO = "Tom Reyes walked the deck of the Alder Bay ferry at dawn."


def test_a_clause_of_time_after_the_cue_is_no_part_of_the_quote(nlp):
    text = f"{L}Hold on to the rail and mind the gap,{R} Reyes said, as the ferry pulled away from the dock."
    assert said_by(nlp, _INTRO, text) == [("Tom Reyes", f"{L}Hold on to the rail and mind the gap,{R}")]


def test_doubled_apostrophes_with_two_sentences_keep_both(nlp):
    text = "''Tickets are in the blue box. Keep the stubs,'' he said, while a deckhand coiled the bow line."
    [(speaker, quote)] = said_by(nlp, _INTRO, text)
    assert speaker == "Tom Reyes"
    assert quote.startswith("''Tickets are in the blue box.") and "deckhand" not in quote


def test_a_second_quoted_part_after_the_cue_stays(nlp):
    text = f"{L}The plan,{R} Reyes said, {L}will fail before the winter is out.{R}"
    [(speaker, quote)] = said_by(nlp, _INTRO, text)
    assert speaker == "Tom Reyes" and "will fail before the winter" in quote
