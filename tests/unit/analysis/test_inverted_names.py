"""A cue right after a quotation has its speaker after it: the subject after the cue when the parser gave the cue one
before it too, and a name the parser hung elsewhere, as the object of a word it took for a verb or as the subject of
the quotation's second part (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_name_after_a_premodifier_taken_for_a_verb(nlp):
    assert said_by(
        nlp,
        f"{L}The board is so angry about the ferry review that it now blames the harbourmaster for every delay,{R}"
        f" said Harbor ranking Democrat Ann Ross (D-Ore.). {L}They want a scapegoat before the winter sailings.{R}",
    ) == [
        (
            "Ann Ross",
            f"{L}The board is so angry about the ferry review that it now blames the harbourmaster for every delay,{R}"
            f" {L}They want a scapegoat before the winter sailings.{R}",
        )
    ]


def test_split_quotation_around_a_name_and_its_description(nlp):
    assert said_by(
        nlp,
        f"{L}The danger,{R} said Mara Olsen, an economist at the Harbor Institute, {L}is that the last ferry stops"
        f" sailing for good.{R}",
    ) == [("Mara Olsen", f"{L}The danger,{R} {L}is that the last ferry stops sailing for good.{R}")]


def test_a_name_inside_the_description_after_the_cue_is_no_speaker(nlp):
    rows = said_by(nlp, f"{L}We will lose the ferry for good,{R} said the mayor, who met Ann Ross on Monday.")
    assert [speaker for speaker, _ in rows] == [""]


def test_of_two_subjects_of_a_cue_after_a_quotation_the_one_after_the_cue_spoke(nlp):
    assert said_by(
        nlp,
        f"Tom Brandt \u2014 never one to let a slight pass at the pier \u2014 has been {L}furious about the vote all"
        f" week,{R} said a source close to the council.",
    ) == [
        (
            "",
            f"Tom Brandt \u2014 never one to let a slight pass at the pier \u2014 has been {L}furious about the vote"
            " all week",
        )
    ]


def test_a_name_after_a_quotation_then_an_aside_before_the_cue(nlp):
    assert said_by(
        nlp,
        f"{L}Had the council sold the pier to Dorn, I would have been stuck paying off the loan for a decade,{R}"
        f" Mr. Dalton, now 67 and retired to a farm near Kelby, Ore., said on Sunday. {L}The debt nearly sank the"
        f" family.{R}",
    ) == [
        (
            "Dalton",
            f"{L}Had the council sold the pier to Dorn, I would have been stuck paying off the loan for a decade,{R}"
            f" {L}The debt nearly sank the family.{R}",
        )
    ]
    assert said_by(
        nlp, f"{L}If the mayor had gone with Dorn, I would be in a cell,{R} Mr. Dalton, now retired, said."
    ) == [("Dalton", f"{L}If the mayor had gone with Dorn, I would be in a cell,{R}")]
