"""The grid of profile formulas for officials and analysts (issue 15): each way news names a speaker's office or
expertise, filled with two or three countries or fictional bodies, in a two-paragraph article whose first paragraph
sets the scene. The expected speaker, kind, role and affiliation were written before the extractor ran on them, by
GUIDELINES.md (ministers, legislators, judges, central bankers, government, police and military spokespeople
`official`; economists, fellows, professors, fund managers, analysts and former officials speaking as experts
`analyst`; company people `other`; a body speaking as itself `institution`; a nameless source `unnamed`)."""

from __future__ import annotations

from dataclasses import dataclass

REPORTED = "the new rules would raise costs for small firms"


@dataclass(frozen=True)
class Formula:
    """A formula: its lede and second paragraph, the expected profile, and the fillings of its fields."""

    key: str
    lede: str
    text: str
    expected: tuple[str, str, str, str]
    fills: tuple[dict[str, str], ...]


GOVERNMENT_LEDE = "The government will change the rules on company loans next year, officials said on Monday."
MARKET_LEDE = "Shares in shipping firms fell sharply on Tuesday after the new rules on company loans were announced."
FORMULAS = (
    Formula(
        "nationality_minister",
        GOVERNMENT_LEDE,
        "{adj} Finance Minister {man} said " + REPORTED + ".",
        ("{man}", "official", "{adj} Finance Minister", "{country}"),
        (
            {"adj": "French", "country": "France", "man": "Paul Meraud"},
            {"adj": "Norwegian", "country": "Norway", "man": "Erik Haldorsen"},
            {"adj": "Chilean", "country": "Chile", "man": "Diego Armijo"},
        ),
    ),
    Formula(
        "body_commissioner",
        "Ministers will meet in Brussels next week to discuss new tariffs on steel imports.",
        "{man}, the {owner}'s trade commissioner, said " + REPORTED + ".",
        ("{man}", "official", "trade commissioner", "{body}"),
        (
            {"owner": "EU", "body": "European Union", "man": "Lukas Brenner"},
            {"owner": "African Union", "body": "African Union", "man": "Samuel Adeyemi"},
        ),
    ),
    Formula(
        "us_secretary",
        GOVERNMENT_LEDE,
        "US Treasury Secretary {man} said " + REPORTED + ".",
        ("{man}", "official", "US Treasury Secretary", "US Treasury"),
        ({"man": "Howard Kessler"}, {"man": "Margaret Colby"}),
    ),
    Formula(
        "senator_party",
        "Congress will vote on the new rules on company loans next week.",
        "Senator {man}, a {member} from {state}, said " + REPORTED + ".",
        ("{man}", "official", "Senator", "{party}"),
        (
            {"man": "Walter Brisco", "member": "Republican", "state": "Ohio", "party": "Republican Party"},
            {"man": "Frank Delaney", "member": "Democrat", "state": "Maine", "party": "Democratic Party"},
        ),
    ),
    Formula(
        "judge_of_court",
        "A shipping firm lost its case against the new rules on company loans on Wednesday.",
        "Judge {man} of the {place} District Court said " + REPORTED + ".",
        ("{man}", "official", "Judge", "{place} District Court"),
        ({"man": "Arthur Pell", "place": "Harlow"}, {"man": "Nora Quist", "place": "Brenton"}),
    ),
    Formula(
        "central_bank_governor_after",
        "The Bank of {place} raised its main interest rate by half a point on Thursday.",
        "Central bank governor {man} said " + REPORTED + ".",
        ("{man}", "official", "central bank governor", "Bank of {place}"),
        ({"man": "Henrik Malm", "place": "Norland"}, {"man": "Oskar Viren", "place": "Valtria"}),
    ),
    Formula(
        "governor_of_bank",
        MARKET_LEDE,
        "{man}, governor of the Bank of {place}, said " + REPORTED + ".",
        ("{man}", "official", "governor", "Bank of {place}"),
        (
            {"man": "Henrik Malm", "place": "Norland"},
            {"man": "Oskar Viren", "place": "Valtria"},
            {"man": "Jonas Eklund", "place": "Estmark"},
        ),
    ),
    Formula(
        "council_member",
        MARKET_LEDE,
        "{man}, a member of the {bank}'s governing council, said " + REPORTED + ".",
        ("{man}", "official", "member of the governing council", "{bank}"),
        (
            {"man": "Dieter Vollmer", "bank": "European Central Bank"},
            {"man": "Pieter Roos", "bank": "Bank of Norland"},
        ),
    ),
    Formula(
        "analyst_at_securities",
        MARKET_LEDE,
        "{man}, an analyst at {firm} Securities, said " + REPORTED + ".",
        ("{man}", "analyst", "analyst", "{firm} Securities"),
        (
            {"man": "Kenji Mori", "firm": "Tidewater"},
            {"man": "Rachel Amos", "firm": "Calloway"},
            {"man": "Victor Lund", "firm": "Brightmoor"},
        ),
    ),
    Formula(
        "chief_economist_at_bank",
        MARKET_LEDE,
        "{man}, chief economist at {firm} Bank, said " + REPORTED + ".",
        ("{man}", "analyst", "chief economist", "{firm} Bank"),
        ({"man": "Sofia Lindahl", "firm": "Corvane"}, {"man": "Martin Okafor", "firm": "Westerly"}),
    ),
    Formula(
        "fund_manager_of",
        MARKET_LEDE,
        "Fund manager {man} of {firm} Capital said " + REPORTED + ".",
        ("{man}", "analyst", "fund manager", "{firm} Capital"),
        ({"man": "Greg Tulley", "firm": "Ashcombe"}, {"man": "Mira Castell", "firm": "Redfern"}),
    ),
    Formula(
        "senior_fellow_at",
        GOVERNMENT_LEDE,
        "{man}, a senior fellow at the {name} Institute, said " + REPORTED + ".",
        ("{man}", "analyst", "senior fellow", "{name} Institute"),
        ({"man": "Laura Penning", "name": "Halvard"}, {"man": "Omar Haddad", "name": "Crestview"}),
    ),
    Formula(
        "professor_at_university",
        GOVERNMENT_LEDE,
        "{man}, a professor of economics at the University of {place}, said " + REPORTED + ".",
        ("{man}", "analyst", "professor of economics", "University of {place}"),
        ({"man": "Ian Forsyth", "place": "Kerrick"}, {"man": "Elena Sorvino", "place": "Dunmore"}),
    ),
    Formula(
        "former_minister_now_at",
        GOVERNMENT_LEDE,
        "{man}, a former finance minister now at the {name} Institute, said " + REPORTED + ".",
        ("{man}", "analyst", "former finance minister", "{name} Institute"),
        ({"man": "Rolf Aasen", "name": "Halvard"}, {"man": "Teresa Moya", "name": "Crestview"}),
    ),
    Formula(
        "owner_spokesman",
        MARKET_LEDE,
        "{company}'s spokesman {man} said " + REPORTED + ".",
        ("{man}", "other", "spokesman", "{company}"),
        ({"man": "Tom Lind", "company": "Harbor Re"}, {"man": "Carl Moberg", "company": "Lindqvist Foods"}),
    ),
    Formula(
        "company_cfo",
        MARKET_LEDE,
        "{company} chief financial officer {man} said " + REPORTED + ".",
        ("{man}", "other", "chief financial officer", "{company}"),
        ({"man": "Ann Berg", "company": "Nordic Steel"}, {"man": "Lisa Granholm", "company": "Baltic Timber"}),
    ),
    Formula(
        "managing_director_of_consultants",
        MARKET_LEDE,
        "The managing director of energy consultants {firm}, {man}, said " + REPORTED + ".",
        ("{man}", "analyst", "managing director", "{firm}"),
        ({"man": "Nils Aune", "firm": "Fjord Analytics"}, {"man": "Grace Holm", "firm": "Petrel Research"}),
    ),
    Formula(
        "company_spokesman_after",
        "{company} will close two of its plants next year, cutting about 400 jobs.",
        "A company spokesman said " + REPORTED + ".",
        ("", "unnamed", "spokesman", "{company}"),
        ({"company": "Nordic Steel"}, {"company": "Kestrel Dairy"}),
    ),
    Formula(
        "regulator_after",
        "The {body} fined three shipping firms on Friday for breaking the rules on company loans.",
        "The {noun} said " + REPORTED + ".",
        ("{body}", "institution", "", ""),
        (
            {"body": "Federal Shipping Commission", "noun": "US regulator"},
            {"body": "Office of Rail Standards", "noun": "British regulator"},
        ),
    ),
    Formula(
        "company_said",
        MARKET_LEDE,
        "{company} said " + REPORTED + ".",
        ("{company}", "institution", "", ""),
        ({"company": "Nordic Steel"}, {"company": "Baltic Timber"}),
    ),
    Formula(
        "mp_for_party",
        GOVERNMENT_LEDE,
        "{man}, an MP for the {party}, said " + REPORTED + ".",
        ("{man}", "official", "MP", "{party}"),
        ({"man": "Hugh Renwick", "party": "Green Party"}, {"man": "Alice Thorne", "party": "Centre Party"}),
    ),
    Formula(
        "police_spokesman",
        "Protesters blocked the main road into {place} on Saturday to oppose the new rules on company loans.",
        "{man}, a spokesman for the {place} police, said " + REPORTED + ".",
        ("{man}", "official", "spokesman", "{place} police"),
        ({"man": "Anders Falk", "place": "Ostvale"}, {"man": "Brian Kerr", "place": "Dunmore"}),
    ),
    Formula(
        "military_spokesman",
        "{country}'s army moved troops to the border on Sunday, officials said.",
        "Colonel {man}, a spokesman for the army, said " + REPORTED + ".",
        ("{man}", "official", "spokesman", "army"),
        ({"man": "Ivo Marek", "country": "Norland"}, {"man": "Luis Ortega", "country": "Valtria"}),
    ),
)


@dataclass(frozen=True)
class Cell:
    """One formula with one filling: the article's two paragraphs and the expected profile."""

    id: str
    paragraphs: tuple[str, str]
    expected: tuple[str, str, str, str]


def cells() -> list[Cell]:
    """Every formula with every filling, ids numbered by filling."""
    grid = []
    for formula in FORMULAS:
        for number, fill in enumerate(formula.fills, 1):
            paragraphs = (formula.lede.format(**fill), formula.text.format(**fill))
            expected = tuple(field.format(**fill) for field in formula.expected)
            grid.append(Cell(f"{formula.key}-{number}", paragraphs, expected))
    return grid
