"""Speaker profiles in shapes of held-out business and world news: "the company said" paragraphs after the company
was named, companies after a trade noun the recogniser took for people, bodies whose portfolios are joined by "and",
nationalities that make no official, adjectives that name no country, and a company's officers at a financial
firm; fictional people, companies, countries and bodies throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Brennock Foods Plc raised its full-year forecast after strong sales of frozen meals.",
                "Analysts had expected a smaller rise. Sales in Ireland grew 6 percent while Britain was flat.",
                '"We are confident about the rest of the year," the company said in a statement.',
            ),
            [("Brennock Foods Plc", "institution", "")],
        ),
        (
            (
                "Orvik Holdings said it ended an agreement for Baltren Power to buy its turbine unit.",
                "The sale had been opposed by regulators in Brussels.",
                "The company said it would now seek other buyers.",
            ),
            [("Orvik Holdings", "institution", ""), ("Orvik Holdings", "institution", "")],
        ),
        (
            (
                "The Ostland Competition Authority blocked the merger of two supermarket chains on Friday.",
                "Shares in both companies fell. Brask Foods, the larger of the two, said it would appeal.",
                "The watchdog said the deal would have raised prices for shoppers.",
            ),
            [("Brask Foods", "institution", ""), ("Ostland Competition Authority", "institution", "")],
        ),
        (
            (
                "Talbot Bank reported a first-quarter loss on Wednesday after writing down loans to builders.",
                "The shares fell 7 percent in London, their biggest drop since 2020.",
                "Chief executive Rhona Kerr told reporters the bank had been too slow to act.",
            ),
            [("Rhona Kerr", "other", "Talbot Bank")],
        ),
        (
            (
                "Ostland's biggest lender, Harbour Savings Bank, reported a 12 percent rise in profit.",
                "Chief Financial Officer Lena Hartmann said loan growth had slowed.",
            ),
            [("Lena Hartmann", "other", "Harbour Savings Bank")],
        ),
        (
            (
                "Drax Mining will spend $2 billion on a new copper mine in the north of Zembia.",
                "The project still needs approval from the government.",
                "The miner said construction would start next year.",
            ),
            [("Drax Mining", "institution", "")],
        ),
        (
            (
                "Talbot Capital, an activist investor, said it had built a 5 percent stake in Brennock Foods.",
                "The fund said the food maker's board had failed shareholders.",
            ),
            [("Talbot Capital", "institution", ""), ("Talbot Capital", "institution", "")],
        ),
    ],
)
def test_the_company_is_the_one_that_spoke_or_acted_paragraphs_before(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Chilean miner Andes Copper said output fell 8 percent in the third quarter because of a strike.",
            ("Andes Copper", "institution", ""),
        ),
        (
            "Indian tech group Sarvani Infotech said revenue would grow 9 percent this year.",
            ("Sarvani Infotech", "institution", ""),
        ),
        (
            "Italian oil major Enrico Petroli said it would boost output in Libya.",
            ("Enrico Petroli", "institution", ""),
        ),
        (
            "Japanese conglomerate Takeda Sanyo said it would split into three companies.",
            ("Takeda Sanyo", "institution", ""),
        ),
        (
            "Human Rights Watch said on Monday that the detentions in the capital were arbitrary and illegal.",
            ("Human Rights Watch", "institution", ""),
        ),
        (
            "Brazil's mines and energy ministry said on Friday it would auction new oil blocks in March.",
            ("Brazil's mines and energy ministry", "institution", ""),
        ),
        (
            "Ostland's trade ministry said on Monday that exports rose 4 percent in March from a year earlier.",
            ("Ostland's trade ministry", "institution", ""),
        ),
        (
            "The Chilean mining ministry said copper output would rise next year.",
            ("Chilean mining ministry", "institution", ""),
        ),
    ],
)
def test_a_company_or_body_described_before_its_name_speaks_as_itself(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Chilean miner Juan Perez said the shaft had flooded.", ("Juan Perez", "other", "Chile")),
        ("German tourist Hans Weber said the hotel had been evacuated.", ("Hans Weber", "other", "Germany")),
        # a state no list knows, named as its adjective tells (test_profiles_blind_probes_third.py)
        ("Zembian President Joseph Mbala said the election would go ahead.", ("Joseph Mbala", "official", "Zembia")),
        ("Libyan dictator Omar Fazzani said the rebels would be crushed.", ("Omar Fazzani", "official", "Libya")),
        (
            "Ruritania's foreign ministry spokesman, Emil Danko, said the ambassador would be expelled.",
            ("Emil Danko", "official", "Ruritania"),
        ),
        (
            "Nadia Petrov, the company's chief financial officer, said costs would rise next year.",
            ("Nadia Petrov", "other", ""),
        ),
        (
            "Erik Lund, managing director of Nordic power producer Skagen Kraft, said prices would fall sharply.",
            ("Erik Lund", "other", "Skagen Kraft"),
        ),
        ('Said company spokesman Lars Holm: "We will appeal the ruling."', ("Lars Holm", "other", "")),
        (
            '"We see the euro at 1.15 by year end," said Pierre Lefort, head of FX research at Banque Lumiere.',
            ("Pierre Lefort", "analyst", "Banque Lumiere"),
        ),
        (
            "Fiona Grant, who chairs the Ostland Banking Association, said the levy would hurt lending.",
            ("Fiona Grant", "other", "Ostland Banking Association"),
        ),
        (
            '"We will fight this in court," Helix Pharma\'s general counsel, Mark Ode, said.',
            ("Mark Ode", "other", "Helix Pharma"),
        ),
        (
            '"Markets are pricing in too many cuts," said Yusuf Demir, chief investment officer at Bosphorus Asset '
            "Management.",
            ("Yusuf Demir", "analyst", "Bosphorus Asset Management"),
        ),
    ],
)
def test_a_nationality_or_an_adjective_makes_no_office_and_names_no_body(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]
