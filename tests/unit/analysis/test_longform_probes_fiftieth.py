"""Quotes of a fiftieth batch of blind probes (longform_probes_fiftieth.py, Canadian investigative and accountability
journalism on the web): the whole batch against its gold, whose count of wrong quotes may only go down, and the shapes
the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_fiftieth import (
    CARE_HOME_RECORDS,
    CHARITY_FUNDS,
    FARM_WORKERS,
    TAILINGS_SEEPAGE,
    WARRANTY_PITCH,
)

ACHTERBERG = "Miriam Achterberg"
RIDGELINE = "Ridgeline Warranty Services|Ridgeline"
KOVALENKO = "Grant Kovalenko"
CONSUMER_MINISTRY = (
    "Ministry of Public and Business Service Delivery|Ontario’s Ministry of Public and Business Service Delivery"
)
AUCOIN = "Bernadette Aucoin"
RAMASWAMY = "Anjali Ramaswamy"
BRIGHTWATER = "Gavin Brightwater"
LAURENTIDE = "Laurentide Senior Living|Laurentide"
PSW_ASSOCIATION = "Ontario Personal Support Workers Association|The Ontario Personal Support Workers Association"
NISYOK = "Lorna Nisyok"
FERREIRA = "Ian Ferreira"
KESTREL = "Kestrel Ridge Metals"
MINING_MINISTRY = "Ministry of Mining and Critical Minerals|the Ministry of Mining and Critical Minerals|"
PELLETIER = "Jody Pelletier"
CASTELLANOS = "Ugo Castellanos"
OSTROWSKI = "Darrell Ostrowski"
OYELARAN = "Kate Oyelaran"
BRIGHT_FUTURES = "Bright Futures Kids Foundation|The charity|charity"
CRA = "Canada Revenue Agency|The Canada Revenue Agency"
QUINTERO_BAIRD = "Marisol Quintero-Baird"
DE_GROOT = "Hendrik de Groot"
HEALTH_UNIT = "Niagara Region Public Health"
ESDC = "Employment and Social Development Canada"
VAN_LOON = "Rebecca Van Loon"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A source described and
#: not named (a salesperson on hidden camera, "a former sales manager, who asked not to be named", "one personal support
#: worker", "two nurses", "another worker", "two former callers" and "one of them") is an unnamed source: optional. A
#: person named by given name only ("Dana", "Margaret", "Philip", "Siobhan", "Luis") is named by it. A document is no
#: speaker: what "an inspection report … says", "a memo … warns", "an internal email … reads", "its own figures … show"
#: or an investigation "has found" is no quote (but a body that "says on its website" speaks); nor is "did not respond",
#: "declined an interview" or "did not answer questions". What "the statement said" is borderline (a document, or the
#: company speaking through it), and so is "said it cannot comment" (optional). What "a spokesperson for the ministry
#: wrote" is the ministry's or an unnamed source's; a spokesperson who is named speaks for herself. What a person says
#: that someone else "told her" is the person's quote (the one told of is borderline). A quotation split by its cue
#: ("“Six years,” she said finally. “I could …”") is one quote. Headlines that say what a group says are optional. Dr.
#: and Chief are titles.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "warranty_pitch": [
        ("", "their new fridges and washers", True),
        ("", "these compressors go in year three", True),
        ("", "never pays out", True),
        ("", "staff were ranked each week", True),
        ("", "If you were at the bottom of the board", True),
        ("", "find the fear", True),
        ("Dana", "user damage", False),
        ("", "the problem was", True),
        ("Dana", "I bought the plan", False),
        ("Owen Thibodeau", "he had spent more than 20 hours", False),
        (ACHTERBERG, "That is a very, very profitable product", False),
        (ACHTERBERG, "the sales pitches relied on", False),
        (ACHTERBERG, "You make the small chance", False),
        (RIDGELINE, "honours every valid claim", False),
        (RIDGELINE, "could not comment further", False),
        (KOVALENKO, "What I saw in some of those clips", False),
        (KOVALENKO, "the company tracked the sales", False),
        (KOVALENKO, "We measure everything", False),
        (KOVALENKO, "Northvale would review its training", False),
        (CONSUMER_MINISTRY, "misrepresenting a warranty", False),
        (CONSUMER_MINISTRY, "shoppers to file complaints", True),
        (AUCOIN, "the province had not fined", False),
        (AUCOIN, "The law is fine", False),
    ],
    "care_home_records": [
        ("", "logged care that never happened", True),
        ("", "a single worker was responsible", True),
        ("", "You chart what the schedule says", True),
        ("", "they had raised the problem", True),
        ("", "the message was understood", True),
        ("", "Nobody wrote", True),
        ("Margaret", "she visited every afternoon", False),
        ("Margaret", "I sat next to that bed", False),
        ("Philip", "the family had complained to the home twice", False),
        (RAMASWAMY, "does not appear in a man", False),
        (RAMASWAMY, "the pattern in the records", False),
        (RAMASWAMY, "This is not one bad night", False),
        (BRIGHTWATER, "a written notification carries no penalty", False),
        (BRIGHTWATER, "It is a note in a file", False),
        (LAURENTIDE, "categorically rejects", False),
        (LAURENTIDE, "had hired an outside firm", True),
        (LAURENTIDE, "a routine reminder", False),
        ("Hana Okafor", "any allegation of falsified records", False),
        (PSW_ASSOCIATION, "similar reports from members", False),
        ("Rosalind Tran", "workers who refuse to sign off", False),
        ("Rosalind Tran", "We are asking people to choose", False),
    ],
    "tailings_seepage": [
        (NISYOK, "the nation learned of the reports", False),
        (NISYOK, "For five years they knew", False),
        (NISYOK, "the nation had asked the province", False),
        (NISYOK, "We were promised a seat", False),
        ("", "inspectors were discouraged", True),
        ("", "You could write whatever you wanted", True),
        ("", "treated as a maintenance issue", True),
        (FERREIRA, "seepage at the toe of a dam", False),
        (FERREIRA, "The seepage is the symptom", False),
        (FERREIRA, "no stability assessment", False),
        (KESTREL, "safe and stable", False),
        (KESTREL, "had replaced the toe drain", False),
        (MINING_MINISTRY, "inspectors had visited the mine 14 times", False),
        (PELLETIER, "coho run has been thinner", False),
        (PELLETIER, "he could not say whether", False),
        (PELLETIER, "Maybe it’s warm water", False),
        (CASTELLANOS, "left First Nations and the public", False),
        (CASTELLANOS, "A regulator that documents", False),
        (NISYOK, "has asked the province for an independent review", False),
    ],
    "charity_funds": [
        ("", "they were given a script", True),
        ("", "We were told to say", True),
        ("", "supervisors listened in on calls", True),
        ("Siobhan", "They called me by my first name", False),
        ("Siobhan", "Six years", False),
        (OSTROWSKI, "the fundraising costs were the price", False),
        (OSTROWSKI, "Every charity pays to raise money", False),
        (OSTROWSKI, "the only firm that would take", False),
        (OSTROWSKI, "Vantage is owned by his brother-in-law", False),
        (OSTROWSKI, "he had declared the relationship", False),
        (BRIGHT_FUTURES, "it provides winter coats", False),
        ("Evelyn Nakamura", "reviewing the fundraising agreement", False),
        ("Evelyn Nakamura|", "Ostrowski to step aside", True),
        (OYELARAN, "the agency’s rules do not set a maximum", False),
        (OYELARAN, "At 88 cents on the dollar", False),
        (CRA, "cannot comment on specific charities", True),
    ],
    "farm_workers": [
        ("", "they were housed 14 to a bunkhouse", True),
        ("", "they were housed in crowded bunkhouses", True),
        ("Luis", "he will not be hired back", True),
        ("Luis", "14 men shared a bunkhouse", False),
        ("Luis", "In the morning there is a line", False),
        ("Luis", "a supervisor told the men", False),
        ("", "anyone who called the consulate", True),
        ("", "he had worked in Canada for 22 seasons", True),
        (QUINTERO_BAIRD, "the complaints matched", False),
        (QUINTERO_BAIRD, "The power is completely on one side", False),
        (DE_GROOT, "the housing had passed its inspection", False),
        (DE_GROOT, "We follow every rule", False),
        (DE_GROOT, "any supervisor had threatened", False),
        (DE_GROOT, "That is not how we operate", False),
        (DE_GROOT, "several workers had returned", True),
        (HEALTH_UNIT, "its inspectors check housing", False),
        (ESDC, "does not tolerate the abuse", False),
        (VAN_LOON, "inspections done before workers move in", False),
        (VAN_LOON, "The bunkhouse is inspected empty", False),
    ],
}

ARTICLES = {
    "warranty_pitch": WARRANTY_PITCH,
    "care_home_records": CARE_HOME_RECORDS,
    "tailings_seepage": TAILINGS_SEEPAGE,
    "charity_funds": CHARITY_FUNDS,
    "farm_workers": FARM_WORKERS,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 15 of 68 required when the batch was written (blind); 10 of 69 once gold slips were mended: "Salespeople
#: … told shoppers that …" is a group's quote and "the charity … says on its website that …" the charity's (it speaks
#: through its site), and three are borderline as earlier batches have them ("had asked X to step aside", "because he
#: fears …", and "…, adding that …" after a direct quotation, kept apart on purpose). Then 8: a pronoun after a
#: sentence whose subject is no person and that brings in a woman by full name as an object ("The Globe shared the
#: charts with Dr. X, a geriatrician …. She said") is that woman (objects_brought_in). Then 5: "the company" right
#: after "X’s chief executive … declined an interview" is X, not the newspaper that acted last (holders_bodies). Then
#: still 5: a newsroom that obtained records, or an agency they were filed with ("according to internal records
#: obtained by The Globe and Mail", "its filings with the Canada Revenue Agency", "repair data Marketplace obtained")
#: is not their source (received_writings); those four quotes now have an unnamed source, as the train gold has
#: "according to" a writing with no speaker, while GUIDELINES.md has a document no speaker. Left: those four, and "a
#: memo from a ministry engineer warns" read as an unnamed source (a document, or the engineer who wrote it).
WRONG_TODAY = 5


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_pronoun_after_an_expert_brought_in_as_an_object_is_that_expert(nlp):
    """ "The paper sent the file to Dr. Ada Quist, a pharmacist …. She said …": the sentence before the pronoun has a
    newsroom as its subject and brings one woman in by full name, so "she" is that woman, not the one who spoke
    earlier in the paragraph."""
    rows = said_by(
        nlp,
        "Lena Morrow said she phoned the pharmacy in Gander twice before anyone answered. The newspaper sent the "
        "prescriptions to Dr. Ada Quist, a pharmacist and the former head of a Corner Brook clinic, who "
        "now teaches at a college in St. John’s. She said the dose on the label was four times too high.",
    )
    assert ("Ada Quist", "the dose on the label was four times too high") in rows


def test_the_company_after_its_executive_declined_is_that_company(nlp):
    """ "Brackenridge’s chief executive, Olwen Pryce, declined an interview. In a written statement, the company
    said …": the company is the one whose chief executive the sentence before named, not the newspaper that acted
    last."""
    rows = said_by(
        nlp,
        "Cooks at Brackenridge Foods were told to skip the fridge checks, former staff say.",
        "The Lantern showed the logs to a food safety consultant, who called them alarming.",
        "Brackenridge’s chief executive, Olwen Pryce, declined an interview. In a written statement, the company said "
        "its kitchens pass every inspection.",
    )
    assert ("Brackenridge Foods", "its kitchens pass every inspection") in rows


def test_a_newsroom_that_obtained_the_records_is_not_their_source(nlp):
    """ "…, according to records obtained by The Ledger": the newspaper holds the records, it did not write them, and
    neither did an agency they were filed with; nor is "data the Ledger obtained" the Ledger's word."""
    rows = said_by(
        nlp,
        "Cooks at Tamsworth Kitchens skipped fridge checks for months, according to inspection logs obtained by The "
        "Ledger. The chain kept less than a tenth of its revenue, according to its filings with the Harwick Revenue "
        "Office. Neither claim is true, according to repair data the Ledger obtained from two firms.",
    )
    assert not [speaker for speaker, _ in rows if speaker in ("Ledger", "The Ledger", "Harwick Revenue Office")], rows
