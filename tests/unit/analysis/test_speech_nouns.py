"""Calls and claims on the real pipeline: what follows the object of "called for" belongs to it, and a noun of speech
("his claim that …", "her call for …") is a quote of whoever owns or makes it (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_what_follows_the_object_of_called_for_belongs_to_it(nlp):
    assert said_by(nlp, "Senator Jane Holloway called for the ban in March after a storm sank two ferries.") == [
        ("Jane Holloway", "the ban in March after a storm sank two ferries")
    ]


def test_a_claim_is_said_by_whoever_owns_it(nlp):
    assert said_by(nlp, "Critics rejected Mayor Tom Brandt's claims that the harbour was safe.") == [
        ("Tom Brandt", "the harbour was safe")
    ]


def test_his_claim_is_said_by_the_man_named_before(nlp):
    assert said_by(nlp, "Mayor Tom Brandt spoke on Monday. His claim that the ferries were safe was wrong.") == [
        ("Tom Brandt", "the ferries were safe")
    ]


def test_a_call_for_something_is_said_by_whoever_makes_it(nlp):
    assert said_by(
        nlp,
        "Mayor Tom Brandt's call for a ban on night ferries angered the fishermen.",
        "Senator Jane Holloway made an urgent call for calm in the harbour.",
    ) == [("Tom Brandt", "a ban on night ferries"), ("Jane Holloway", "calm in the harbour")]


def test_a_call_or_claim_of_no_one_says_nothing(nlp):
    assert said_by(nlp, "The ferry company took a call from the harbour master about the night ferries.") == []


def test_who_asked_with_by_said_the_question(nlp):
    assert said_by(
        nlp,
        "Senator Jane Holloway was asked by the host Tom Brandt whether the ferry tax would pass.",
        "When asked by a reporter about the closure of the harbour, Holloway said nothing.",
    ) == [("Tom Brandt", "the ferry tax would pass"), ("", "the closure of the harbour")]


def test_a_call_or_promise_to_do_something_is_said_by_whoever_owns_it(nlp):
    assert said_by(
        nlp,
        "Mayor Tom Brandt spoke on Monday. His recent call to close the harbour at night angered the fishermen.",
        "Brandt kept his promise to build a new ferry terminal.",
    ) == [("Tom Brandt", "to close the harbour at night"), ("Tom Brandt", "to build a new ferry terminal")]


def test_claims_by_someone_are_said_by_them(nlp):
    assert said_by(nlp, "The ferry company denied claims by the fishermen's union that the boats were unsafe.") == [
        ("fishermen's union", "the boats were unsafe")
    ]


def test_a_warning_issued_by_a_body_is_its_quote(nlp):
    assert said_by(nlp, "The coast guard issued a warning that storms would close the harbour on Friday.") == [
        ("coast guard", "storms would close the harbour on Friday")
    ]


def test_a_warning_nobody_owns_is_no_quote(nlp):
    assert said_by(nlp, "The warning that storms would close the harbour came too late for the fishing fleet.") == []
