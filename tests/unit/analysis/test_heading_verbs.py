"""A heading line written in title case that opens with a person's name and a verb ("Ada Brenn Warns Of Higher
Fees", "Tom Reyes Tells Council …"): the recogniser reads the verb, and at times the words after it, as part of the
name, and the story's later "Brenn said" then takes that run-on name. The name ends before the verb (texts of our
own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_QUOTE = f"{L}These fees will drive every fisherman out of the harbour,{R}"


def _speakers_of_the_story(nlp, heading: str, story: str) -> list[str]:
    """Who said the quotes of the story after its heading (what the heading itself may say is left aside)."""
    return [speaker for speaker, quote in said_by(nlp, heading, story) if L in quote]


def test_a_heading_verb_tagged_as_a_verb_is_no_part_of_the_name(nlp):
    speakers = _speakers_of_the_story(nlp, "Ada Brenn Warns Of Higher Fees At Harbour.", f"{_QUOTE} Brenn said.")
    assert speakers == ["Ada Brenn"]


def test_a_heading_verb_read_as_a_noun_is_no_part_of_the_name(nlp):
    """ "Slams" and "Tells" tagged as plural proper nouns, with the heading's next words in the name too."""
    assert _speakers_of_the_story(nlp, "Ada Brenn Slams Harbour Board Over Fees.", f"{_QUOTE} Brenn said.") == [
        "Ada Brenn"
    ]
    heading = "Tom Reyes Tells Council The Ferry Will Run All Winter."
    assert _speakers_of_the_story(nlp, heading, f"{_QUOTE} Reyes said on Monday.") == ["Tom Reyes"]


def test_a_heading_verb_after_the_name_leaves_the_words_of_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Nora Vance Responds To Question About Rents By Saying Bakers Need Cheaper Ovens.",
        f"{L}We cannot pay these rents and buy new ovens,{R} Vance said at the market on Friday.",
    )
    assert [speaker for speaker, _ in rows] == ["Nora Vance", "Nora Vance"]


def test_a_surname_that_reads_as_a_verb_stays_in_the_name(nlp):
    """ "Jonathan Marks Warns …": "Marks" is the surname, "Warns" the heading's verb."""
    heading = "Jonathan Marks Warns Of Higher Fees At Harbour."
    assert _speakers_of_the_story(nlp, heading, f"{_QUOTE} Marks said on Friday.") == ["Jonathan Marks"]
