"""An inverted cue set off by a comma inside the clause it reports, with a description after it that the parser took
for the cue's object ("The worst may be over for wheat, notes the analyst, but not for rice."): the description spoke,
and the clause around the cue is what was said (misread_set_off_descriptions.py). Fictional texts on the real spaCy
pipeline."""

from __future__ import annotations

from tests.quoting import said_by

ANALYST = "“Stocks are thin,” said Marta Kovenko-Ruhl, a grain analyst at Drevsen Securities in Warsaw."
UNION = "The Valdren Growers’ Union said on Monday that its members would not sell below cost."


def test_notes_the_analyst_inside_the_clause_is_the_analyst_named_before(nlp):
    quotes = said_by(nlp, ANALYST, "The worst may be over for wheat, notes the analyst, but not for rice.")
    assert ("Marta Kovenko-Ruhl", "The worst may be over for wheat but not for rice") in quotes


def test_noted_the_analyst_in_the_past_and_a_tail_after_its_comma(nlp):
    quotes = said_by(nlp, ANALYST, "Prices will stay high into spring, noted the analyst, but not for rice.")
    assert ("Marta Kovenko-Ruhl", "Prices will stay high into spring but not for rice") in quotes


def test_notes_the_analyst_closing_the_sentence(nlp):
    quotes = said_by(nlp, ANALYST, "Supermarket margins remain thin by historical standards, notes the analyst.")
    assert ("Marta Kovenko-Ruhl", "Supermarket margins remain thin by historical standards") in quotes


def test_notes_the_union_is_the_union_named_before(nlp):
    quotes = said_by(nlp, UNION, "Prices at the farm gate fell for six months, notes the union, but shelf prices rose.")
    assert ("Valdren Growers’ Union", "Prices at the farm gate fell for six months but shelf prices rose") in quotes


def test_a_report_after_the_cue_is_no_speaker(nlp):
    quotes = said_by(nlp, ANALYST, "Prices will rise again in the spring, notes the report, because stocks are low.")
    assert quotes[1:] == []


def test_a_person_warned_in_a_series_of_deeds_is_no_speaker(nlp):
    quotes = said_by(nlp, UNION, "The mayor thanked the crowd, warned the farmer, and left.")
    assert quotes[1:] == []


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
