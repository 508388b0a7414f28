"""A speaker referred back to by their nation ("the Spaniard said", "the Dutchman added", "the Pole told reporters")
is the person the article tied to that nation, or, when it tied no one, the person named last whom it tied to no
other nation; the nation's word is never a name (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by

_LEAD = "Spain’s Rafael Montoya-Vidal beat Lukas Brenner 6-3, 6-4 in Rome on Thursday to reach the final."


def test_a_nation_goes_to_the_person_tied_to_it_before(nlp):
    later = "“I played my best tennis of the year,” the Spaniard said. Brenner, 31, had won their last three meetings."
    assert said_by(nlp, _LEAD, later) == [("Rafael Montoya-Vidal", "“I played my best tennis of the year,”")]


def test_a_nation_no_one_was_tied_to_goes_to_the_person_named_last(nlp):
    later = "Lukas Brenner had won their last three meetings. “He was simply better today,” the Austrian said."
    assert said_by(nlp, _LEAD, later) == [("Lukas Brenner", "“He was simply better today,”")]


def test_a_person_tied_to_another_nation_is_passed_over(nlp):
    text = (
        "Top seed Klara Vesela-Holm was taken to three sets by American qualifier Dana Whitcombe. “She never stopped "
        "fighting,” the Czech said."
    )
    assert said_by(nlp, text) == [("Klara Vesela-Holm", "“She never stopped fighting,”")]


def test_a_nation_tied_to_a_club_is_no_persons(nlp):
    lead = "Marco Kessel-Ruiz, signed from Dutch side FC Brandhaven in May, scored twice on Saturday."
    later = "Ashby manager Pieter Hoogland was angry. “We gave them the game,” the Dutchman said."
    assert said_by(nlp, lead, later) == [("Pieter Hoogland", "“We gave them the game,”")]


def test_a_nation_with_a_relative_clause_is_the_person_too(nlp):
    later = (
        "Lukas Brenner awaits in the final. The Austrian, who has not dropped a set all week, said he expected “a long "
        "afternoon”."
    )
    assert said_by(nlp, _LEAD, later) == [("Lukas Brenner", "he expected “a long afternoon”")]


def test_a_person_tied_to_the_country_a_region_lies_in_may_be_of_that_region(nlp):
    text = (
        "England opener Jory Trevithick-Gale made 140 on the second day. “I was nervous as anything in the first "
        "hour,” the Cornishman said."
    )
    assert said_by(nlp, text) == [("Jory Trevithick-Gale", "“I was nervous as anything in the first hour,”")]
