""" "The railroad said": a railroad, like "the carrier" or "the utility", is the company that spoke or acted before
(real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_railroad_is_the_company_that_spoke_before(nlp):
    """A derailment story names the railroad once and then calls it "the railroad"; that noun was no body's, so what
    "the railroad said" came out unnamed."""
    rows = said_by(
        nlp,
        "Nine cars of a freight train left the tracks near Osmond late Sunday.",
        "In a statement, Pinecrest Valley said it would pay for residents’ hotel rooms. The railroad said it was "
        "cooperating fully with federal investigators.",
    )
    assert rows == [
        ("Pinecrest Valley", "it would pay for residents’ hotel rooms"),
        ("Pinecrest Valley", "it was cooperating fully with federal investigators"),
    ]
