""" "The Ministry of Labour, Immigration, Training and Skills Development said …": a public body named by a list of
the fields it oversees speaks under its whole name, though the recogniser cut the list at a comma or at its "and"
(texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_ministry_with_fields_listed_by_commas_speaks_whole(nlp):
    text = (
        "The Ministry of Labour, Immigration, Training and Skills Development said in an email that "
        "inspectors had visited the Dorrow quarry twice this year."
    )
    assert said_by(nlp, text) == [
        (
            "Ministry of Labour, Immigration, Training and Skills Development",
            "inspectors had visited the Dorrow quarry twice this year",
        )
    ]


def test_a_department_whose_last_field_was_tagged_apart_speaks_whole(nlp):
    text = "The state Department of Labor and Workforce said the county lost 3,100 jobs last year."
    assert said_by(nlp, text) == [("Department of Labor and Workforce", "the county lost 3,100 jobs last year")]


def test_the_department_is_named_without_the_state_before_it(nlp):
    text = "The county lost 3,100 jobs last year, according to the state Department of Labor and Workforce."
    [(speaker, quote)] = said_by(nlp, text)
    assert speaker == "Department of Labor and Workforce" and "3,100 jobs" in quote


def test_places_after_the_comma_stay_apart(nlp):
    text = "The Department of Energy, Texas and Ohio signed a pact on grid repairs, officials said."
    assert all("Texas" not in speaker for speaker, _ in said_by(nlp, text))
