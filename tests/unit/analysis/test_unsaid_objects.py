"""Cues whose object is a thing, a request or a pronoun, not what was said (unsaid_objects): no quote of their own;
fictional text."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_thing_asked_for_is_no_quote(nlp):
    """ "asked the parish council for $12,000 to …" and "asks for a review of …": what was asked for is no statement;
    "asked volunteers to …" still is."""
    rows = said_by(
        nlp,
        "The sheriff has asked the parish council for $12,000 to repair the slipway. The constable asks for a review "
        "of the mooring fees each spring. Last year Moira Dunn asked volunteers to paint the boathouse before the "
        "regatta.",
    )
    assert [quote for _, quote in rows] == ["volunteers to paint the boathouse before the regatta"]


def test_asking_that_names_not_be_used_is_no_quote(nlp):
    """The anonymity formula: "asked that their names not be used", "asked that she not be identified"."""
    rows = said_by(
        nlp,
        "Two of the nurses on the ward asked that their names not be used because they feared losing their shifts. "
        "A cleaner asked that she not be identified by the hospital.",
    )
    assert rows == []


def test_telling_people_where_or_when_is_no_quote(nlp):
    """ "told two neighbours exactly where she was going" tells a place, no statement; "told them that …" does."""
    rows = said_by(
        nlp,
        "Before every climb Tom Baird has told two neighbours exactly where he was going. Ann Lee told her sister when "
        "she would be home. Baird told reporters that the route was safe.",
    )
    assert rows == [("Tom Baird", "the route was safe")]


def test_a_thing_described_without_as_is_no_quote(nlp):
    """ "describes the farm he grew up on as a boy" and "describe lost harvests, …" name what is described;
    "described the harvest as a disaster" says something of it, and a quotation beside the cue is still its."""
    rows = said_by(
        nlp,
        f"{L}We had nothing but mud and sheep.{R} Owen Pryce is describing the farm he grew up on as a boy in 1961. "
        "Growers here describe lost harvests, empty barns and debts that never cleared. Pryce described the last "
        "harvest as a disaster for the valley.",
    )
    assert rows == [
        ("Owen Pryce", f"{L}We had nothing but mud and sheep.{R}"),
        ("Owen Pryce", "the last harvest as a disaster for the valley"),
    ]


def test_a_pronoun_repeated_is_no_quote_nor_the_quotation_before_it(nlp):
    """ "Kemp repeats it back, word for word" after the dispatcher read out a quotation: the quotation stays the
    dispatcher's and the repeating is no quote."""
    rows = said_by(
        nlp,
        f"Nadia Orr reads out the order over the radio: {L}Hold at the bridge until the convoy passes.{R} Sam Kemp "
        "repeats it back, word for word, and then repeats it again to himself.",
    )
    assert [speaker for speaker, _ in rows] == ["Nadia Orr"]


def test_a_pronoun_called_something_and_an_instruction_of_when_are_still_quotes(nlp):
    """ "called it the worst meeting of the year" says what of it; "told them when to join the queue" is an
    instruction, which PolNeAR counts (guards of the rules above)."""
    rows = said_by(
        nlp, "Tom Baird called it the worst meeting of the year. The marshals told them when to join the queue."
    )
    assert rows == [("Tom Baird", "it the worst meeting of the year"), ("", "them when to join the queue")]


def test_asking_that_only_a_first_name_be_used_is_no_quote_and_names_the_writer(nlp):
    """ "who asked that only her first name, Carol, be used": how to print her name, no statement; the name given
    there is the writer's, though the recogniser tags it a body."""
    rows = said_by(
        nlp,
        "A reader from Dayton, Ohio, who asked that only her first name, Carol, be used, wrote that her insurer had "
        "denied a claim for a hailstorm.",
    )
    assert rows == [("Carol", "her insurer had denied a claim for a hailstorm")]
