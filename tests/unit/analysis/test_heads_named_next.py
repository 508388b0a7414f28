"""A lede's "its chief executive said" or "its founder announced", whose body the sentence names, is the person the
next sentence of the paragraph brings in by a bare name as the one who speaks ("“…,” Ann Roe wrote")
(witnesses_named_next)."""

from __future__ import annotations

from tests.quoting import said_by


def test_its_chief_executive_is_the_person_who_writes_next(nlp):
    rows = said_by(
        nlp,
        "Tallowmere bakery chain Crumbhaven has closed 12 of its 40 shops, its chief executive announced on Tuesday. "
        "“We grew faster than our customers did, and that is on me,” Idris Vantongeren wrote in a letter to staff.",
    )
    assert ("Idris Vantongeren", "Tallowmere bakery chain Crumbhaven has closed 12 of its 40 shops") in rows


def test_its_founder_is_the_person_named_after_the_quotation(nlp):
    rows = said_by(
        nlp,
        "Pellgrave, a Norrington startup that rented electric scooters, is winding down, its founder said in a post on "
        "Friday. “We built the fleet before we built the business,” wrote Sabine Okonkwo-Hale.",
    )
    assert (
        "Sabine Okonkwo-Hale",
        "Pellgrave, a Norrington startup that rented electric scooters, is winding down",
    ) in rows


def test_not_a_person_the_next_sentence_gives_a_title_of_another_body(nlp):
    rows = said_by(
        nlp,
        "Tallowmere bakery chain Crumbhaven has closed 12 of its 40 shops, its chief executive announced on Tuesday. "
        "“This was avoidable,” union organiser Idris Vantongeren said.",
    )
    assert ("Idris Vantongeren", "Tallowmere bakery chain Crumbhaven has closed 12 of its 40 shops") not in rows


def test_the_name_may_close_a_quotation_of_two_sentences(nlp):
    rows = said_by(
        nlp,
        "Harbourline Ferries has cancelled its winter crossings, its chief executive said on Monday. “The fuel bill "
        "doubled. We could not sail at a loss all winter,” Agathe Mirembe-Stroud wrote in a note to passengers.",
    )
    assert ("Agathe Mirembe-Stroud", "Harbourline Ferries has cancelled its winter crossings") in rows
