"""The title "Administrator" alone before a name, after the agency it heads was named ("Administrator X said the
agency ..."), makes an official of its holder (agency_administrators); a hospital's administrator stays `other`."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_agency_head_titled_administrator_is_an_official(nlp):
    paragraphs = (
        "The Highway Safety Administration said it had opened an inquiry into brake failures in 40,000 delivery vans.",
        "Administrator Rosalind Okafor said the agency would decide within a month whether to order a recall.",
    )
    assert ("Rosalind Okafor", "official", "") in profiles_of(nlp, *paragraphs)


def test_a_hospital_administrator_is_no_official(nlp):
    text = "Teodor Vance, a hospital administrator in the town, said the wards had been full since Monday."
    assert profiles_of(nlp, text) == [("Teodor Vance", "other", "")]
