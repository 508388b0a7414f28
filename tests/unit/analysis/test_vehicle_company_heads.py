"""A name that ends in a word of the motor trade ("Trucks", "Vehicles", "Batteries") is a company's, whatever the
recogniser took it for, so its officer set beside it is tied to it ("Marlin Trucks' head of sales, X,") and "the
company's" after it means it (names.ORGANISATION_HEADS; texts of our own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_head_of_sales_of_a_trucks_company_is_tied_to_it(nlp):
    rows = profiles_of(
        nlp,
        "Marlin Trucks' head of North American sales, Dana Whitfield, said the recalled vans were safe to drive.",
    )
    assert rows == [("Dana Whitfield", "other", "Marlin Trucks")]
