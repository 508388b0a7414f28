"""A cue in the present set off by commas between two parts of one statement ("Rents rise, she says, and wages fall")
reports the whole sentence but the cue, and its pronoun is not the one the first part names (interrupting_cues,
not_the_speaker; texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by

SPEAKER = (
    "The closing of a mill has lasting effects, says Orsolya Quenneville-Ardo, an economist at Brantholm College who "
    "studies small towns. "
)


def test_a_cue_between_two_clauses_reports_both(nlp):
    rows = said_by(
        nlp,
        "Marta Quell says she was lonely in her first year in the valley. "
        "She is not homesick now, she adds, but she misses the sea.",
    )
    assert ("Marta Quell", "She is not homesick now but she misses the sea") in rows, rows


def test_a_cue_hung_on_the_clause_after_it_reports_the_clause_before_too(nlp):
    rows = said_by(
        nlp,
        SPEAKER + "Turnout in local elections falls, she says, fewer people run for the council, and the shops close.",
    )
    quotes = [quote for speaker, quote in rows if speaker == "Orsolya Quenneville-Ardo"]
    assert any("Turnout in local elections falls" in q and "the shops close" in q for q in quotes), rows


def test_a_cue_set_in_after_and_leaves_the_narrated_part_out(nlp):
    rows = said_by(
        nlp,
        "Her father, Teodric Valbruna, still comes in most mornings. He sits on a stool by the oven and, his daughter "
        "says, criticizes every loaf.",
    )
    assert not any("sits on a stool" in quote for _, quote in rows), rows


def test_a_statement_opened_after_and_leaves_the_narrated_conjunct_out(nlp):
    rows = said_by(
        nlp,
        "Dennis Halvorsen-Pike has been digging for opals for 40 years, and for most of them, he says, nobody cared.",
    )
    assert [speaker for speaker, _ in rows] == ["Dennis Halvorsen-Pike"], rows
    assert not any("digging" in quote for _, quote in rows), rows


def test_she_set_in_a_list_after_and_may_be_the_subject_of_the_clause(nlp):
    """ "His wife, X, does …, the paperwork and, she says, most of the worrying": the cue after "and" stands before a
    mere phrase, no clause of its own, and she is the wife."""
    rows = said_by(
        nlp,
        "Dennis Halvorsen-Pike runs the stall. His wife, Glenda Halvorsen-Pike, does the pickles, the paperwork and, "
        "she says, most of the worrying.",
    )
    assert all(speaker == "Glenda Halvorsen-Pike" for speaker, quote in rows if "worrying" in quote), rows
