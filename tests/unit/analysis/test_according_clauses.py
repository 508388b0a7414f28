"""The clause "according to X" names the source of, when the parser hung the phrase on the subject it follows or
on a verb it wrongly joined to the main one (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_phrase_after_a_comparison_covers_the_whole_clause(nlp):
    rows = said_by(
        nlp,
        "Her approval among fishermen at this point in the race is worse than the governor's ever has been, "
        "according to Ines Moreau, a pollster.",
    )
    assert rows == [
        (
            "Ines Moreau",
            "Her approval among fishermen at this point in the race is worse than the governor's ever has been",
        )
    ]


def test_phrase_set_off_after_the_subject_covers_its_clause(nlp):
    rows = said_by(
        nlp,
        "Other major splits, according to the poll, include age (Ruiz leads by 29 points among the young), "
        "income and home ownership.",
    )
    assert [quote for _, quote in rows] == [
        "Other major splits include age (Ruiz leads by 29 points among the young), income and home ownership"
    ]


def test_a_clause_set_against_another_by_but_keeps_its_own_source(nlp):
    rows = said_by(
        nlp,
        "Mayor Ilse Varga is not running again, but her speech on Sunday about the harbor will be a major topic "
        "of the race to succeed her, according to Tallby councillors.",
    )
    assert all(not quote.startswith("Mayor") for _, quote in rows)


def test_a_clause_with_a_speaker_of_its_own_keeps_that_speaker(nlp):
    rows = said_by(
        nlp,
        "Greta Holmqvist and Tomas Lind are running for mayor of Tallby.",
        "Holmqvist plans to visit Sandvik and Norrby again before the end of the month, her campaign said on "
        "Friday, and Lind is scheduled to meet with harbor managers in Tallby on Tuesday, according to an "
        "advisory from his campaign.",
    )
    assert ("", "Lind is scheduled to meet with harbor managers in Tallby on Tuesday") in rows


def test_phrase_whose_source_goes_on_after_but_covers_the_clause_before_it(nlp):
    """ "…, according to a person who has seen the report but was not allowed to discuss it": the parser may hang
    the phrase on "was not allowed", which goes on about the source (it has no subject of its own); the source
    names the clause before the phrase."""
    rows = said_by(
        nlp,
        "State Senator Ross Pellworth is running for governor of Ohio.",
        "The county audit found that the treasurer moved campaign funds without approval, according to a person who "
        "has seen the report but was not allowed to discuss it publicly.",
    )
    said = "The county audit found that the treasurer moved campaign funds without approval"
    assert [quote for _, quote in rows] == [said]


def test_a_verb_joined_before_the_phrase_is_what_the_source_said(nlp):
    """ "A and, according to X, is now worth …", the phrase hung on the joined verb after it: that verb is X's,
    not the clause before "and"."""
    rows = said_by(
        nlp,
        "The Toledo port was a money loser for much of the 1990s and, according to the harbor board, is now worth $12 "
        "million a year to the city.",
    )
    assert [quote for _, quote in rows] == ["is now worth $12 million a year to the city"]
