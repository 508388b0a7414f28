"""A person brought back by a title alone (texts of our own): "the MLA said" after "Belfast MLA Darlene
Compton", "the MPP said" after "Liberal MPP Ann Roe", is that person, not an organisation or a name "MLA"."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of, said_by


def test_a_title_in_capitals_after_the_is_the_person_named_with_it(nlp):
    rows = said_by(
        nlp,
        "Belfast MLA Darlene Compton says she has written to the minister. The MLA said businesses depend on the "
        "ferry from May to December.",
        "Liberal MPP Ann Roe says the plan is late. The MPP said the town needs a second bridge.",
    )
    assert [speaker for speaker, _ in rows] == ["Darlene Compton", "Darlene Compton", "Ann Roe", "Ann Roe"]


def test_a_title_in_capitals_before_a_name_the_recogniser_missed_names_the_person(nlp):
    """ "Local MP Glenn Parsons", all three words untagged: the two after the title are the person's name, so "the MP"
    later is that person, not a speaker called "MP"."""
    rows = said_by(nlp, "Local MP Glenn Parsons says the station needs help. The MP said the crews are tired.")
    assert [speaker for speaker, _ in rows] == ["Glenn Parsons", "Glenn Parsons"]


def test_a_title_in_capitals_no_one_was_named_with_is_an_unnamed_source_with_that_role(nlp):
    """ "the MLA said", "the NDP MP said" when the article named no one with the title: a source the article leaves
    unnamed, the title (and its party) as role and the party as affiliation, never a person called "MLA" or "MP"."""
    rows = quote_rows_of(
        nlp,
        "The ferry to Tarrow Island will stop running in March, the transport department said on Tuesday.",
        f"{L}Families out there have no other road to the mainland,{R} the MLA said.",
        f"{L}This is a blow to every household in the valley,{R} the NDP MP said in a statement.",
        f"The Labour MP said the cut was {L}a slap in the face to every fisher on the coast.{R}",
        f"{L}We will keep pressing the minister on this,{R} the MEP added.",
    )
    described = [(r["speaker"], r["speaker_kind"], r["role"], r["affiliation"]) for r in rows[1:]]
    assert described == [
        ("", "unnamed", "MLA", ""),
        ("", "unnamed", "NDP MP", "NDP"),
        ("", "unnamed", "Labour MP", "Labour"),
        ("", "unnamed", "MEP", ""),
    ]


def test_a_capitalised_title_word_is_the_person_named_with_it_or_an_unnamed_source(nlp):
    """ "the Premier said" after "Premier Ann Holt" is Ann Holt; "the Councillor said", "the Chief Justice said" or
    "the Liberal Premier said" when no one was named so is a source left unnamed with that title as role, never a
    person or body called "Premier", "Councillor" or "Justice"."""
    rows = quote_rows_of(
        nlp,
        f"Premier Ann Holt says the budget for the coming year is balanced. {L}We kept every promise,{R} the Premier "
        "said.",
        f"{L}The potholes on Birch Lane are a danger to cyclists,{R} the Councillor said.",
        f"{L}The law on this point is clear,{R} the Chief Justice said.",
        f"{L}We have no choice but to borrow for the bridge,{R} the Liberal Premier said.",
        f"{L}The cause of death is not yet known,{R} the Coroner said.",
    )
    described = [(r["speaker"], r["speaker_kind"], r["role"], r["affiliation"]) for r in rows[1:]]
    assert described == [
        ("Ann Holt", "official", "Premier", ""),
        ("", "unnamed", "Councillor", ""),
        ("", "unnamed", "Chief Justice", ""),
        ("", "unnamed", "Liberal Premier", "Liberal"),
        ("", "unnamed", "Coroner", ""),
    ]
