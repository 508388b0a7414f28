"""Speaker profiles in the shapes of unseen business and politics news: regulators whose names carry a financial
word, roles the tagger takes for names, spokespeople "for the company" or named after their organisation, money
managers, and envoys sent to a body; fictional people, companies and bodies throughout."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import STATE, organisation_type
from tests.quoting import profiles_of as profiles


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
            ("Sen. Alicia Moreno (D-Calif.) said the tariffs would hurt farmers.",),
            [("Alicia Moreno", "official", "Democrats")],
        ),
        (
            ("Rep. Tom Birch, R-Texas, said the bill was dead.",),
            [("Tom Birch", "official", "Republicans")],
        ),
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
        (  # a teacher at a school is no expert of a research body
            ('"We are out here for the children," said Hana Rool, a maths teacher at Elmfield School.',),
            [("Hana Rool", "other", "Elmfield School")],
        ),
        (  # "ministry" tagged as a name, lower case as it is, still means the ministry that spoke
            (
                "The Defence Ministry said its forces had repelled an attack. "
                '"The enemy suffered heavy losses," ministry spokesman Olek Dyrn said.',
            ),
            [("Defence Ministry", "institution", ""), ("Olek Dyrn", "official", "Defence Ministry")],
        ),
    ],
)
def test_unseen_shapes_of_kind_and_affiliation(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # tagged as a person by the recogniser
            ("Harwell Freight said on Monday it would cut 400 jobs. The company said demand had collapsed.",),
            [("Harwell Freight", "institution", ""), ("Harwell Freight", "institution", "")],
        ),
        (  # described as a person would be
            ("Corvane Partners, an activist investor that owns 6 percent of the group, said the board should resign.",),
            [("Corvane Partners", "institution", "")],
        ),
        (  # not tagged at all
            ("Stanmore Ratings cut the country's credit rating to junk, saying debt was unsustainable.",),
            [("Stanmore Ratings", "institution", "")],
        ),
        (  # the first name hung apart from the rest of it by the parser
            ("Orvik Energy and Baltren Power said they would merge.",),
            [("Orvik Energy and Baltren Power", "institution", "")],
        ),
    ],
)
def test_an_organisation_taken_for_a_person_or_missed_speaks_as_itself(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a named board is a public body, which "the watchdog" stands for
            (
                "The Norrland Gaming Board opened an inquiry into the casino. The watchdog said it had received "
                "complaints from players.",
            ),
            [("Norrland Gaming Board", "institution", "")],
        ),
        (  # a party described after the name
            ("Senator Mark Dolan, a Republican from Ohio, said the bill would pass.",),
            [("Mark Dolan", "official", "Republicans")],
        ),
        (
            ("Sen. Paula Greer, a Democrat from Oregon, said the bill would pass easily.",),
            [("Paula Greer", "official", "Democrats")],
        ),
    ],
)
def test_a_board_and_a_described_party(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


#: Shapes that already came out right on the probes written for this issue: newswire markets, companies, central
#: banks, regulators, courts, legislatures, ministries, world politics, unions and think tanks.
_KNOWN_SHAPES = [
    (
        (
            'Shares of Velmar Holdings fell 4 percent. "The guidance was a shock," said Ingrid Sol, an analyst '
            "at Brantley Securities.",
        ),
        [("Ingrid Sol", "analyst", "Brantley Securities")],
    ),
    (
        ('"We expect two more cuts," said Tomas Rieker, chief economist at Halden Bank.',),
        [("Tomas Rieker", "analyst", "Halden Bank")],
    ),
    (
        ('"Margins are under pressure," said Pablo Ruiz, a portfolio manager with Eastgate Asset Management.',),
        [("Pablo Ruiz", "analyst", "Eastgate Asset Management")],
    ),
    (
        (
            "Analysts were divided. Hana Kovac, head of equity research at Morrow & Finch, said the bid "
            "undervalued the group.",
        ),
        [("Hana Kovac", "analyst", "Morrow & Finch")],
    ),
    (
        ("Kestrel Ratings analyst Omar Feld said the downgrade reflected rising debt.",),
        [("Omar Feld", "analyst", "Kestrel Ratings")],
    ),
    (
        ('"The yen will weaken further," said Kenji Aoba, senior currency strategist at Tamura Securities in Tokyo.',),
        [("Kenji Aoba", "analyst", "Tamura Securities")],
    ),
    (
        ("Brightwater Capital's chief investment officer, Dana Pike, said the rally had further to run.",),
        [("Dana Pike", "analyst", "Brightwater Capital")],
    ),
    (
        (
            "Velmar Holdings said on Monday it would close two plants. Its chief executive, Arne Voss, said the "
            "cuts were painful but necessary.",
        ),
        [("Velmar Holdings", "institution", ""), ("Arne Voss", "other", "Velmar Holdings")],
    ),
    (
        ('"We are not for sale," said Mira Quell, chief executive of Solvane Group.',),
        [("Mira Quell", "other", "Solvane Group")],
    ),
    (
        (
            "Delmore Pharmaceuticals chairman Victor Hale said the merger would create jobs. Hale said "
            "regulators had been consulted.",
        ),
        [("Victor Hale", "other", "Delmore Pharmaceuticals"), ("Victor Hale", "other", "Delmore Pharmaceuticals")],
    ),
    (
        ("Greyline Shipping, the world's third-largest container line, said freight rates had halved.",),
        [("Greyline Shipping", "institution", "")],
    ),
    (
        ('"Inflation remains too high," said Marta Lindqvist, a deputy governor of the Bank of Norrland.',),
        [("Marta Lindqvist", "official", "Bank of Norrland")],
    ),
    (
        ("Federal Reserve board member Helen Strand said the labour market was cooling.",),
        [("Helen Strand", "official", "Federal Reserve")],
    ),
    (
        ("European Central Bank policymaker Luc Barre said a hike in June was likely.",),
        [("Luc Barre", "official", "European Central Bank")],
    ),
    (
        (
            "The Securities and Exchange Commission said it had opened an inquiry. An SEC spokesman declined to "
            "comment further but said the review was routine.",
        ),
        [
            ("Securities and Exchange Commission", "institution", ""),
            ("", "unnamed", "Securities and Exchange Commission"),
        ],
    ),
    (('"The contract is void," Judge Alma Torres wrote in her ruling.',), [("Alma Torres", "official", "")]),
    (
        ("Justice Peter Moll of the High Court said the evidence was insufficient.",),
        [("Peter Moll", "official", "High Court")],
    ),
    (
        ("The opposition leader, Irina Vaskova, said the election had been rigged.",),
        [("Irina Vaskova", "official", "")],
    ),
    (
        ("Bundestag member Klaus Reiter of the Free Democrats said the coalition was failing.",),
        [("Klaus Reiter", "official", "Free Democrats")],
    ),
    (
        ("French finance minister Paul Garnier said the deficit would narrow.",),
        [("Paul Garnier", "official", "France")],
    ),
    (('"We will not devalue," said Anil Mehra, the country\'s trade minister.',), [("Anil Mehra", "official", "")]),
    (
        ("US Treasury Secretary Neil Hartman said the dollar was strong.",),
        [("Neil Hartman", "official", "US Treasury")],
    ),
    (
        ('"The reforms are on track," said Yusuf Demir, a spokesman for the Ministry of Economy.',),
        [("Yusuf Demir", "official", "Ministry of Economy")],
    ),
    (
        ("A spokesman for the Ministry of Finance said the bond sale was oversubscribed.",),
        [("", "unnamed", "Ministry of Finance")],
    ),
    (
        ("The Ministry of Transport said the railway would be privatised by 2030.",),
        [("Ministry of Transport", "institution", "")],
    ),
    (("NATO Secretary General Erik Solberg said the alliance was united.",), [("Erik Solberg", "official", "NATO")]),
    (
        ("A senior official of the International Monetary Fund said the loan would be approved.",),
        [("", "unnamed", "International Monetary Fund")],
    ),
    (
        ("Gen. Tomas Vidal, commander of the northern forces, said the rebels had retreated.",),
        [("Tomas Vidal", "official", "")],
    ),
    (
        ('"Our members will strike," said Bill Corran, general secretary of the Transport Workers Union.',),
        [("Bill Corran", "other", "Transport Workers Union")],
    ),
    (
        ("Nadia Fenn, a senior fellow at the Larchmont Institute, said sanctions had failed.",),
        [("Nadia Fenn", "analyst", "Larchmont Institute")],
    ),
    (
        ('"Voters are tired," said Owen Pratt, who teaches politics at Dunmore University.',),
        [("Owen Pratt", "analyst", "Dunmore University")],
    ),
    (("Former finance minister Greta Holm said the plan would not work.",), [("Greta Holm", "analyst", "")]),
    (
        (
            'Hollis Energy PLC reported a loss. "We were too slow," its chief financial officer, Tara Ng, told '
            "analysts on a call.",
        ),
        [("Tara Ng", "other", "Hollis Energy PLC")],
    ),
    (
        ("Ben Oduya, an economist at Corvin Partners, said growth would slow. Oduya said exports were weak.",),
        [("Ben Oduya", "analyst", "Corvin Partners"), ("Ben Oduya", "analyst", "Corvin Partners")],
    ),
    (
        ("Ministry of Health spokeswoman Lena Ortiz said the vaccine supply was sufficient.",),
        [("Lena Ortiz", "official", "Ministry of Health")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), _KNOWN_SHAPES)
def test_known_shapes_keep_their_profiles(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected
