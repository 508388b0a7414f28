"""A bare description of a person right after a quotation ("“…,” says the author") goes on with the turn of the named
person who spoke last in the paragraph, though others were named since (turn_descriptions; texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


def test_the_author_after_her_turn_and_a_relative_named_since_is_the_author(nlp):
    rows = said_by(
        nlp,
        "Not everyone in the family liked the book. Her brother, Osric Talbert-Yune, worried that it would upset the "
        f"neighbours. {L}He told me I was airing the laundry in the street,{R} Wilhelmina Talbert-Yune recalls. In the "
        "end she cut two chapters. Her aunt, Gudrun Pell-Ashdown, read the proofs twice. "
        f"{L}She laughed at every page and then corrected my commas,{R} says the author, smiling.",
    )
    assert ("Wilhelmina Talbert-Yune", f"{L}She laughed at every page and then corrected my commas,{R}") in rows


def test_the_retired_driver_after_her_turn_is_the_driver(nlp):
    rows = said_by(
        nlp,
        "Ingeborg Stallworth, who still drives the library van on Tuesdays alongside Corwin Pemberlake, says the "
        "children she drove to school are now bringing their own babies to the stop. "
        f"{L}I drove the mothers, and now I am driving their sons,{R} the retired driver says.",
    )
    assert ("Ingeborg Stallworth", f"{L}I drove the mothers, and now I am driving their sons,{R}") in rows


@pytest.mark.parametrize(
    ("text", "not_the_speaker", "quotation"),
    [
        # anyone's noun ("the official") is no callback to who spoke before; the news gold leaves it unnamed
        (
            "Thessaly Marchfield says the depot will close by spring. "
            f"{L}We were told nothing about the timetable for the closure,{R} said the official.",
            "Thessaly Marchfield",
            f"{L}We were told nothing about the timetable for the closure,{R}",
        ),
        # no one spoke before the author in the paragraph
        (
            "Her aunt, Gudrun Pell-Ashdown, read the proofs twice. "
            f"{L}She laughed at every page and then corrected my commas,{R} says the author, smiling.",
            "Gudrun Pell-Ashdown",
            f"{L}She laughed at every page and then corrected my commas,{R}",
        ),
    ],
)
def test_a_description_with_no_turn_to_go_on_stays_unnamed(nlp, text, not_the_speaker, quotation):
    assert (not_the_speaker, quotation) not in said_by(nlp, text)


def test_the_retired_teacher_after_a_hyphenated_name_with_a_who_clause_is_that_person(nlp):
    """ "X, who …, says": a person, whatever kind the recogniser gave the hyphenated name."""
    rows = said_by(
        nlp,
        "Ludmila Varga-Osterholt, who still runs the chess club at the library on Mondays, says the pupils she taught "
        f"are now sending their own children. {L}I taught the parents, and now I am teaching their sons,{R} says the "
        "retired teacher.",
    )
    assert [speaker for speaker, _ in rows] == ["Ludmila Varga-Osterholt"] * 2


def test_the_retired_schoolteacher_opening_a_paragraph_is_the_one_person_quoted_before(nlp):
    """A word ending in a people's noun ("schoolteacher") is a noun of one person, which opens a paragraph after one
    that quoted one person, calling back to them (quoted_just_before)."""
    rows = said_by(
        nlp,
        f"{L}The water came up to the second step before anyone knocked,{R} said Ferdinand Oakhollow, 61, who has "
        "lived on the street since 1990.",
        "The retired schoolteacher says the council ignored three warnings about the culvert.",
    )
    assert ("Ferdinand Oakhollow", "the council ignored three warnings about the culvert") in rows
