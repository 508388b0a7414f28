"""A body called later by the initials of the last words of its name ("the BIA" of "… Business Improvement Area")
is that body, when no other body of the article has those initials (fictional texts)."""

from __future__ import annotations

from dashboard.analysis.tail_initials import full_body, spells_its_tail
from tests.quoting import said_by

L, R = "\u201c", "\u201d"


def test_a_body_named_by_the_initials_of_its_last_words_speaks_as_that_body(nlp):
    said = said_by(
        nlp,
        "Odile Fenwick, who chairs the Larchmere-Gorse Road Business Improvement Area, said about 40 shops on the "
        f"strip had lost trade. {L}People stopped coming when the buses did,{R} Fenwick said. The BIA said in a "
        "letter to the township that it wanted the bus route restored before the winter market.",
    )
    speakers = {speaker for speaker, quote in said if "bus route restored" in quote}
    assert speakers == {"Larchmere-Gorse Road Business Improvement Area"}, said


def test_tail_initials_name_one_body_only():
    keys = [("Larchmere Business Improvement Area", "FAC", ""), ("Quillon Road Business Improvement Area", "ORG", "")]
    assert full_body("BIA", [], keys) == ""  # two bodies end in those words: neither is meant
    assert full_body("BIA", [], keys[:1]) == "Larchmere Business Improvement Area"
    assert full_body("BIA", [], [*keys[:1], ("Bannock Island Angling", "ORG", "")]) == ""  # another's whole initials


def test_two_letters_or_words_in_small_letters_spell_no_tail():
    assert not spells_its_tail("BA", "Larchmere Business Area")
    assert not spells_its_tail("BIA", "Larchmere business improvement area")
    assert not spells_its_tail("BIA", "Business Improvement Area")  # the whole name: full_organisation's case
    assert not spells_its_tail("WMO", "A World Meteorology Office")  # the whole name, opening with an article
