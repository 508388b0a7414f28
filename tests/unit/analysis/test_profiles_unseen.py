"""Speaker profiles in the shapes of unseen business and politics news: regulators whose names carry a financial
word, roles the tagger takes for names, spokespeople "for the company" or named after their organisation, money
managers, and envoys sent to a body; fictional people, companies and bodies throughout."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import STATE, organisation_type
from tests.quoting import quote_rows_of


def profiles(nlp, *paragraphs: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, affiliation) of each quote of an article made of these paragraphs."""
    return [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in quote_rows_of(nlp, *paragraphs)]


@pytest.mark.parametrize(
    "name",
    [
        "Harbour Financial Conduct Authority",
        "Norrland Securities Commission",
        "Ministry of Financial Services",
        "Norrland Government Development Bank",
    ],
)
def test_a_public_body_overseeing_finance_is_a_state_body(name):
    assert organisation_type(name) == STATE


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Harbour Financial Conduct Authority fined the broker. "
                '"Customers were misled," said Ada Pryce, the regulator\'s director of enforcement.',
            ),
            [("Ada Pryce", "official", "Harbour Financial Conduct Authority")],
        ),
        (
            (
                "Representative Carl Osgood, chairman of the House Financial Services Committee, said he would call "
                "hearings.",
            ),
            [("Carl Osgood", "official", "House Financial Services Committee")],
        ),
        (
            ('"This budget is a fraud," said Meg Harlow, a Labour MP who sits on the Treasury committee.',),
            [("Meg Harlow", "official", "Labour")],
        ),
        (
            ("Corvin Partners fund manager Lise Arnot said she had sold her holdings in the miner.",),
            [("Lise Arnot", "analyst", "Corvin Partners")],
        ),
        (
            ("A spokeswoman for Ostrava Mining, Jana Brezik, said the mine would reopen in May.",),
            [("Jana Brezik", "other", "Ostrava Mining")],
        ),
        (
            (
                "Talbot Foods Inc. said profits rose 12 percent. "
                "A spokeswoman for the company said the chain would open 40 stores.",
            ),
            [("Talbot Foods Inc.", "institution", ""), ("", "unnamed", "Talbot Foods Inc.")],
        ),
        (
            (
                "The man who runs Ferrow Logistics does not like the spotlight. "
                'Ivo Marsh, its founder and chief executive, said: "We just move boxes."',
            ),
            [("Ivo Marsh", "other", "Ferrow Logistics")],
        ),
        (
            ("Karl Brenner, Austria's ambassador to the United Nations, said the resolution was weak.",),
            [("Karl Brenner", "official", "Austria")],
        ),
        (
            ("Nadia Orr, an adviser to the International Monetary Fund, said the loan would be approved.",),
            [("Nadia Orr", "official", "International Monetary Fund")],
        ),
    ],
)
def test_unseen_shapes_of_kind_and_affiliation(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected
