""" "Clarified that …" is a verb of communication: what a ministry or a person clarified is their quote (lexicon.py;
fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_what_a_ministry_clarified_is_its_quote(nlp):
    rows = said_by(
        nlp, "Ruritania’s defence ministry later clarified that the Varn deal would cover only sonar systems."
    )
    assert rows == [("Ruritania’s defence ministry", "the Varn deal would cover only sonar systems")]


def test_what_a_person_clarified_is_their_quote(nlp):
    rows = said_by(
        nlp,
        "Defence Minister Ilse Marrow-Tann clarified on Friday that no submarines would be sold to Ruritania.",
    )
    assert rows == [("Ilse Marrow-Tann", "no submarines would be sold to Ruritania")]
