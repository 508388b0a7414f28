"""Nouns for people who speak without being named (lexicon.PEOPLE_NOUNS)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_fisherfolk_are_a_group_and_no_name(nlp):
    """ "Fisherfolk in Port Anselm … said": a word for a group of people, capitalised at the start of a sentence, is
    no one's name; the quote is an unnamed group's."""
    paragraph = (
        "Not everyone was pleased. Fisherfolk in Port Anselm, who fish for snapper, said they had not been asked."
    )
    rows = quote_rows_of(nlp, paragraph)
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("", "unnamed")]
