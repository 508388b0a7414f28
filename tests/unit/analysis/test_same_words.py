"""A cue whose object is "the same thing" or "something similar" points at words said elsewhere (same_words): no quote
of its own, and the quotation before it keeps its speaker; fictional text."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_same_thing_said_again_is_no_quote(nlp):
    """ "has said much the same thing at every meeting" and "said the same thing in June" report no new words."""
    rows = said_by(
        nlp,
        "The harbour master said the same thing in June, and nobody on the board listened. Greta Nyland has said "
        "much the same thing at every meeting of the ferry committee since the spring.",
    )
    assert rows == []


def test_a_quotation_the_next_sentence_points_back_at_stays_its_speakers(nlp):
    """A quotation that opens a paragraph and "X has said much the same thing …" after it: the quotation is X's, and
    the pointing back is no second quote; after another's quotation, the one who said the same says nothing new."""
    rows = said_by(
        nlp,
        f"{L}If the ferry loses money again, we will cut the winter sailings.{R} Greta Nyland has said much the same "
        "thing at every council meeting since October.",
    )
    assert rows == [("Greta Nyland", f"{L}If the ferry loses money again, we will cut the winter sailings.{R}")]
    rows = said_by(
        nlp,
        f"{L}Nobody wins a fare war,{R} said Oskar Lindqvist. His rival at the other ferry line, Dora Kemble, has said "
        "much the same thing.",
    )
    assert rows == [("Oskar Lindqvist", f"{L}Nobody wins a fare war,{R}")]


def test_the_same_thing_said_of_someone_and_a_clause_are_still_quotes(nlp):
    """ "said the same thing about the governor" says what of whom, which PolNeAR counts, and "said the same rules
    apply" is a clause (guards of the rule)."""
    rows = said_by(
        nlp,
        "A third of the fishermen said the same thing about the new quota. Greta Nyland said the same rules apply "
        "to every boat in the harbour.",
    )
    assert rows == [
        ("", "the same thing about the new quota"),
        ("Greta Nyland", "the same rules apply to every boat in the harbour"),
    ]
