"""A body spoken of again by the noun the article tied to its name ("X, the agency that ran the tender, … The agency
said"), not the company named after that description as the subject of what was said (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_agency_is_the_body_described_as_the_agency_not_the_maker_named_since(nlp):
    rows = said_by(
        nlp,
        "Norvalia's government on Monday chose the Harrier K-4 jet built by Brenmark Aerospace to replace its old "
        "fighters, in a deal worth 2 billion euros.",
        "Defence Minister Ola Brandt said the first jets would arrive in 2030.",
        "Maren Oyelaran, director of the Norvalian Office for Air Procurement, the agency that ran the tender, said "
        "Brenmark had offered the lowest price over twenty years.",
        "The agency said in a statement that the other bidders had been told of the outcome on Friday.",
    )
    assert ("Norvalian Office for Air Procurement", "the other bidders had been told of the outcome on Friday") in rows


def test_a_body_named_since_with_the_noun_in_its_name_is_the_one_meant(nlp):
    rows = said_by(
        nlp,
        "Tilda Marsh, head of the Orvane Centre for Fleet Purchasing, the agency that ran the tender, said the "
        "Kestwick Supply Agency had checked every bid.",
        "The agency said in a statement that the bids would be published in June.",
    )
    assert ("Orvane Centre for Fleet Purchasing", "the bids would be published in June") not in rows
