"""Speaker profiles in shapes a fourth round of blind probes (business, politics and world news) found wrong: a foreign
agency the recogniser took for a person, set beside the watchdog it is ("its competition watchdog, the
Bundeskartellamt,"); an office and the body it serves written before a name the recogniser missed ("United Nations
Secretary-General Amara Osei"); an amount the recogniser ran into a company's name ("fined Nordhaven Bank 4 million
euros") or clipped to its first word the recogniser missed ("Harlow said"); fields joined before a ministry's name ("the
Energy and Mines Ministry"); a name after a body's noun ("rights group Open Web Europe"); a region's desk between a head
and the firm ("head of Africa research at Lagoon Capital"); a title opened by the word a body's name is built on
("Tribunal president"); a chairperson; a company tagged a person after its country's name that speaks of itself as "it"
("Chile's Codelmar said it would cut output") or is set beside its nation's trade ("the Chilean carrier"); the shapes an
earlier round left, which this batch found right at first and written otherwise did not; and the whole batch of
fictional wire stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fourth import STORIES


def test_a_foreign_agency_taken_for_a_person_beside_the_watchdog_it_is(nlp):
    paragraphs = (
        "Italy's antitrust watchdog, the Concorrenza, said it had opened a probe into airfares.",
        '"Prices rose too fast," its chairman, Paolo Serra, told reporters.',
    )
    assert profiles(nlp, *paragraphs) == [
        ("Concorrenza", "institution", ""),
        ("Paolo Serra", "official", "Concorrenza"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "United Nations Secretary-General Amara Osei said aid deliveries had fallen by half.",
            [("Amara Osei", "official", "United Nations")],
        ),
        (
            "African Union Commission Chairperson Kofi Mensah said the summit would go ahead.",
            [("Kofi Mensah", "official", "African Union Commission")],
        ),
    ],
)
def test_an_office_and_the_body_it_serves_before_a_name(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_an_amount_run_into_a_company_name(nlp):
    paragraphs = (
        "The European Central Bank fined Nordhaven Bank 4 million euros on Friday for late reporting.",
        "Nordhaven said it would appeal.",
    )
    assert profiles(nlp, *paragraphs) == [("Nordhaven Bank", "institution", "")]


def test_a_company_clipped_to_its_first_word_the_recogniser_missed(nlp):
    paragraphs = (
        "The central bank fined Harlow Bank 5 million euros on Friday for weak controls.",
        "Harlow said it had accepted the fine.",
    )
    assert profiles(nlp, *paragraphs) == [("Harlow Bank", "institution", "")]


def test_a_surname_that_opens_a_company_name_stays_a_person(nlp):
    paragraphs = ("Anna Harlow joined Harlow Bank in 2010.", "Harlow said she was proud of the bank.")
    assert profiles(nlp, *paragraphs) == [("Anna Harlow", "other", "")]


def test_a_number_that_ends_a_name_stays_in_it():
    from dashboard.analysis.names import clean_name

    assert [clean_name(n, "ORG") for n in ("Channel 4", "Group 4", "Orvik Bank 2.5 billion", "Vale 12%")] == [
        "Channel 4",
        "Group 4",
        "Orvik Bank",
        "Vale",
    ]


def test_fields_joined_before_a_ministry_name(nlp):
    paragraph = "The Energy and Mines Ministry said it had sent a team to the mine."
    assert profiles(nlp, paragraph) == [("Energy and Mines Ministry", "institution", "")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Digital rights group Open Web Europe said the fine was too small.",
            [("Open Web Europe", "institution", "")],
        ),
        ("Lobby group Clean Seas Now said the plan was weak.", [("Clean Seas Now", "institution", "")]),
        (
            "Election watchdog Honest Ballot Ostland said it would watch the count.",
            [("Honest Ballot Ostland", "institution", "")],
        ),
        ("The union representative Paul Horn said pay was too low.", [("Paul Horn", "other", "")]),
    ],
)
def test_a_name_after_a_body_noun_names_the_body(nlp, paragraph, expected):
    assert [p[:2] for p in profiles(nlp, paragraph)] == [e[:2] for e in expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Kofi Asante, head of Africa research at Lagoon Capital, said the cedi would weaken.",
            [("Kofi Asante", "analyst", "Lagoon Capital")],
        ),
        (  # the firm, not the company the clause after it names
            "That falls short, said Ben Hollis, a senior analyst at Pembury, who notes that Orvane Technologies "
            "has pledged to trim its payroll.",
            [("Ben Hollis", "analyst", "Pembury")] * 2,
        ),
    ],
)
def test_a_region_desk_between_a_head_and_the_firm(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_a_title_opened_by_the_word_a_body_is_built_on(nlp):
    paragraphs = (
        "Ostland's Constitutional Tribunal upheld the pension law on Tuesday.",
        "Tribunal president Ida Sorensen said the judges had been unanimous.",
    )
    assert profiles(nlp, *paragraphs) == [("Ida Sorensen", "official", "Constitutional Tribunal")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Chile's Codelmar said it would cut output at two mines.", [("Codelmar", "institution", "")]),
        ("Brazil's Petrobras said it would raise diesel prices.", [("Petrobras", "institution", "")]),
        ("Brazil's Lula said it would take years to rebuild the economy.", [("Lula", "official", "Brazil")]),
        ("Brazil's Lula said it was time to act.", [("Lula", "official", "Brazil")]),
    ],
)
def test_a_company_tagged_a_person_speaks_of_itself_as_it(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Aerolinea Sur, the Chilean carrier, said it would add ten routes.",),
            [("Aerolinea Sur", "institution", "")],
        ),
        (
            (
                "Aerolinea Sur, the Chilean carrier, cut its profit forecast on Monday.",
                '"Fuel has never been dearer," the airline\'s chief executive Pablo Rojas said.',
            ),
            [("Pablo Rojas", "other", "Aerolinea Sur")],
        ),
        (
            (
                "The Federal Reserve kept rates on hold.",
                "Inflation has eased but remains elevated, according to the Fed.",
            ),
            [("Federal Reserve", "institution", "")],
        ),
        (
            ("Ana Duarte, head of Latin America research at Keswick Securities, said the peso was undervalued.",),
            [("Ana Duarte", "analyst", "Keswick Securities")],
        ),
        (
            ("Hugo Brandt, head of research at Ostland Finance, said yields would fall.",),
            [("Hugo Brandt", "analyst", "Ostland Finance")],
        ),
    ],
)
def test_shapes_an_earlier_round_left(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 of the first ten stories before the
#: round's fixes; 4 of the last three, written and run after the first fixes (a region's desk, "Tribunal president",
#: "Election watchdog X" parsed as a compound of the name), since fixed. Left: "President Chanda Phiri", whose gold
#: affiliation (Zambia) the article gives only through "Zambian democracy" and its other bodies; the dev gold leaves a
#: bare "President" without a state.
#: Then 0: a bare title whose cue is placed in a capital of a state the lede names ("told supporters in Lusaka") serves
#: that state (capital_placed_speakers).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_fourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
