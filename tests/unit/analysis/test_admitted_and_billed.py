"""Verbs of speech in another sense: people or a country "admitted" are let in (welcomed_arrivals), and a "charge" of a
sum of money or a price bills (billed_charges); neither says anything. Admitting a fact and charging that something
is wrong still do."""

from __future__ import annotations

from tests.quoting import said_by


def test_students_admitted_are_let_in(nlp):
    sentence = "Public colleges make up the shortfall by raising tuition and admitting more out-of-state students."
    assert said_by(nlp, sentence) == []


def test_a_patient_the_clinic_admitted_says_nothing(nlp):
    assert said_by(nlp, "The Harwell clinic admitted him on Tuesday night with a broken wrist.") == []


def test_a_fact_admitted_is_still_said(nlp):
    rows = said_by(nlp, "Dana Welbeck admitted that the budget had been drawn up in haste.")
    assert [speaker for speaker, _ in rows] == ["Dana Welbeck"]


def test_a_sum_charged_bills(nlp):
    rows = said_by(
        nlp,
        "Printing is among the biggest expenses of the Tessaly campaign: a firm he controls has charged the campaign "
        "roughly $1.4 million.",
    )
    assert rows == []


def test_a_fee_charged_bills(nlp):
    assert said_by(nlp, "The Brenmoor ferry line charges each passenger a fee for a bicycle.") == []


def test_a_charge_that_accuses_is_still_said(nlp):
    rows = said_by(nlp, "Critics charged that the audit of the Brenmoor ferry line had been rigged.")
    assert [quote for _, quote in rows] == ["the audit of the Brenmoor ferry line had been rigged"]
