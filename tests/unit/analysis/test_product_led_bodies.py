"""A body's name whose first word the recogniser tagged apart as a product ("the nonprofit Open| Capitol Ledger") is
given that word back (`product_led_bodies`), so the body speaks with its whole name (real pipeline, fictional
bodies)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_watchdog_whose_first_word_was_tagged_a_product_speaks_whole(nlp):
    rows = said_by(
        nlp,
        "Spending on the farm bill topped $90 million, the nonprofit Open Capitol Ledger said on Tuesday.",
    )
    assert [s for s, _ in rows] == ["Open Capitol Ledger"]


def test_the_joined_name_is_one_organisation(nlp):
    doc = nlp("Spending on the farm bill topped $90 million, the nonprofit Open Capitol Ledger said on Tuesday.")
    assert ("Open Capitol Ledger", "ORG") in [(e.text, e.label_) for e in doc.ents]
