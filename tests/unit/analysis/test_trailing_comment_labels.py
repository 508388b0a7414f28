"""The narrator's comment after reported speech is cut whatever label the parser gives its noun (object, clause,
apposition) and for more nouns that name a statement ("…, a request not always honored", "…, a far higher figure
than …"); an apposition that renames a thing in what was said stays (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_request_parsed_as_an_object_of_the_cue_is_cut(nlp):
    rows = said_by(nlp, "Mayor Ula Varden asked the traders to clear the square by noon, a request not always honored.")
    assert rows == [("Ula Varden", "the traders to clear the square by noon")]


def test_a_figure_after_an_estimate_is_cut(nlp):
    rows = said_by(
        nlp,
        "Pollster Ivo Castellan estimates the party needs 60 percent of the remaining seats, a far higher figure "
        "than its results to date.",
    )
    assert rows == [("Ivo Castellan", "the party needs 60 percent of the remaining seats")]


def test_an_acknowledgment_parsed_as_an_object_is_cut(nlp):
    rows = said_by(
        nlp,
        "Dell Omarin said that some renters would pay “slightly more” in fees, an acknowledgment that his rivals "
        "quickly seized on.",
    )
    assert rows == [("Dell Omarin", "some renters would pay “slightly more” in fees")]


def test_an_argument_after_a_dash_is_cut(nlp):
    rows = said_by(
        nlp,
        "Nessa Korb said the new levy would leave thousands of pensioners cold all winter - an argument her "
        "opponents were quick to dismiss.",
    )
    assert rows == [("Nessa Korb", "the new levy would leave thousands of pensioners cold all winter")]


def test_an_approach_others_share_is_cut(nlp):
    rows = said_by(
        nlp,
        "Tessa Marlow has proposed that the region put in place a curfew on heavy lorries to protect the old "
        "bridges, an approach several other mayors have also embraced.",
    )
    assert rows == [("Tessa Marlow", "the region put in place a curfew on heavy lorries to protect the old bridges")]


def test_a_sum_the_speaker_may_have_named_stays(nlp):
    rows = said_by(nlp, "Tessa Marlow said the new bridge would cost $5 billion, a sum the city does not have.")
    assert rows == [("Tessa Marlow", "the new bridge would cost $5 billion, a sum the city does not have")]


def test_an_apposition_that_renames_a_person_stays(nlp):
    rows = said_by(nlp, "Harlow Pike said the council had hired a new auditor, a former banker from the mainland.")
    assert rows == [("Harlow Pike", "the council had hired a new auditor, a former banker from the mainland")]


def test_a_request_inside_what_was_said_stays(nlp):
    rows = said_by(
        nlp, "Harlow Pike said the crews had sent a request, a letter signed by 300 skippers, to the ministry."
    )
    assert rows == [("Harlow Pike", "the crews had sent a request, a letter signed by 300 skippers, to the ministry")]
