"""A cue right after a quotation has its speaker after it: the subject after the cue when the parser gave the cue one
before it too, and a name the parser hung elsewhere, as the object of a word it took for a verb or as the subject of
the quotation's second part (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_name_after_a_premodifier_taken_for_a_verb(nlp):
    assert said_by(
        nlp,
        f"{L}The council is so frustrated with the audit that it is now unloading on the mayor,{R} said Harbor"
        f" ranking Democrat Ann Ross (D-Ore.). {L}They are spending their final days here on this.{R}",
    ) == [
        (
            "Ann Ross",
            f"{L}The council is so frustrated with the audit that it is now unloading on the mayor,{R}"
            f" {L}They are spending their final days here on this.{R}",
        )
    ]


def test_split_quotation_around_a_name_and_its_description(nlp):
    assert said_by(
        nlp,
        f"{L}The danger,{R} said Mara Olsen, an economist at the Harbor Institute, {L}is that we will lose the ferry"
        f" for good.{R}",
    ) == [("Mara Olsen", f"{L}The danger,{R} {L}is that we will lose the ferry for good.{R}")]


def test_a_name_inside_the_description_after_the_cue_is_no_speaker(nlp):
    rows = said_by(nlp, f"{L}We will lose the ferry for good,{R} said the mayor, who met Ann Ross on Monday.")
    assert [speaker for speaker, _ in rows] == [""]


def test_of_two_subjects_of_a_cue_after_a_quotation_the_one_after_the_cue_spoke(nlp):
    assert said_by(
        nlp,
        "In particular, Tom Brandt \u2014 often the easiest person to provoke when it comes to criticism of the ferry"
        f" \u2014 has been {L}very worked up about it,{R} said a source close to the council.",
    ) == [
        (
            "",
            "Tom Brandt \u2014 often the easiest person to provoke when it comes to criticism of the ferry \u2014 has"
            f" been {L}very worked up about it",
        )
    ]


def test_a_name_after_a_quotation_then_an_aside_before_the_cue(nlp):
    assert said_by(
        nlp,
        f"{L}If the mayor had gone with Dorn, I would have been sitting in a cell for a long time,{R} Mr. Dalton, now"
        f" 81 and retired in Kelby, Ore., said by telephone this week. {L}Every minute is like a day.{R}",
    ) == [
        (
            "Dalton",
            f"{L}If the mayor had gone with Dorn, I would have been sitting in a cell for a long time,{R}"
            f" {L}Every minute is like a day.{R}",
        )
    ]
    assert said_by(
        nlp, f"{L}If the mayor had gone with Dorn, I would be in a cell,{R} Mr. Dalton, now retired, said."
    ) == [("Dalton", f"{L}If the mayor had gone with Dorn, I would be in a cell,{R}")]
