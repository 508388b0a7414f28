"""A company named in full and then short before a company's office, the short name tagged a place ("Trenholm's
finance director" after "Trenholm Logistics"), ties the officer to the company (`place_tagged_owners`); a town's
office stays the town's. Fictional companies, towns and people."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_company_named_short_and_tagged_a_place_owns_its_officers_post(nlp):
    rows = profiles_of(
        nlp,
        "British road haulier Trenholm Logistics said on Tuesday its annual profit fell 18%.",
        "Trenholm's finance director, Owen Lightfoot, said the company would pay a final dividend of 4.2 pence.",
    )
    assert ("Owen Lightfoot", "other", "Trenholm Logistics") in rows


def test_a_company_named_short_and_tagged_a_place_stays_a_place_with_no_company_named(nlp):
    rows = profiles_of(
        nlp, "Trenholm's finance director, Owen Lightfoot, said the company would pay a final dividend of 4.2 pence."
    )
    assert [a for _, _, a in rows] != ["Trenholm Logistics"]
