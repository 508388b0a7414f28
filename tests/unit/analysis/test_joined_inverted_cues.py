"""An inverted cue at the end of the clause it reports, parsed as a second verb of that clause with the speaker as its
object ("…, notes the strategist."): the person after the cue said the clause before it."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_described_person_after_a_joined_inverted_cue_said_the_clause_before(nlp):
    said = said_by(
        nlp,
        "Hélène Marchetti-Oakes is head of rates strategy at Brisquet Capital.",
        "The gap between French and German yields could reach a full point by Christmas, notes the strategist.",
    )
    assert (
        "Hélène Marchetti-Oakes",
        "The gap between French and German yields could reach a full point by Christmas",
    ) in said


def test_an_inverted_observes_with_a_description_after_it(nlp):
    said = said_by(
        nlp,
        "Oskar Trelleborg-Finn is an economist at the Corvane Institute.",
        "Household savings will shrink before the election, observes the economist.",
    )
    assert ("Oskar Trelleborg-Finn", "Household savings will shrink before the election") in said


def test_a_second_deed_whose_object_is_a_thing_or_people_thanked_is_no_quote(nlp):
    for second in ("noted the objections", "thanked the clerks"):
        said = said_by(
            nlp,
            "Oskar Trelleborg-Finn chairs the committee.",
            f"The minister closed the debate at midnight, {second}.",
        )
        assert said == [], second
