"""Speaker profiles in shapes a second round of blind probes (business, politics and world news) found wrong: a title
of office the recogniser read into a name, a commissioner or justice after their body acted, a regulator named only
as an agent, a body named by the noun the article described it with, a role the recogniser took for a work, a UN
agency described by its field and a trade capitalised before a company's name; fictional names throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Ostland Supreme Court ruled that the tax was lawful.",
                '"Parliament acted within its powers," Justice Ewan Hale wrote for the majority.',
            ),
            [("Ewan Hale", "official", "Ostland Supreme Court")],
        ),
        (
            ("Justice Ewan Hale said the tax was lawful.",),
            [("Ewan Hale", "official", "")],
        ),
        (
            (
                "The European Commission said it would fine the carmaker 300 million euros.",
                '"Cartels hurt consumers," Competition Commissioner Ilse Varga said.',
            ),
            [("European Commission", "institution", ""), ("Ilse Varga", "official", "European Commission")],
        ),
    ],
)
def test_titles_of_office_and_the_body_that_acted_before(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Trellis Bank was fined 12 million euros by the Prudential Authority.",
                '"The bank failed to protect its customers," the regulator said.',
            ),
            [("Prudential Authority", "institution", "")],
        ),
        (
            (
                "Credit rating agency Northstar Ratings cut Veldoria to junk on Friday. "
                '"The outlook is negative," said Lars Jepsen, a senior analyst at the agency.',
            ),
            [("Lars Jepsen", "analyst", "Northstar Ratings")],
        ),
    ],
)
def test_a_regulator_named_as_an_agent_and_a_body_by_its_describing_noun(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


def test_a_role_the_recogniser_took_for_a_work_is_the_person_just_named(nlp):
    paragraphs = (
        "The Green MEP Lotte Brandsma called the deal a disgrace.",
        '"It sells out the climate," the Green MEP said.',
    )
    assert profiles(nlp, *paragraphs) == [("Lotte Brandsma", "official", "Green")] * 2


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The UN refugee agency said 30,000 people had fled across the border in a week.",
            [("UN refugee agency", "institution", "")],
        ),
        (
            "The United Nations refugee agency said 30,000 people had fled.",
            [("United Nations refugee agency", "institution", "")],
        ),
        ("Airline Skyfleet said it would add six routes next summer.", [("Skyfleet", "institution", "")]),
        ("Carmaker Voltra said it would cut 2,000 jobs in Germany.", [("Voltra", "institution", "")]),
    ],
)
def test_an_agency_described_by_its_field_and_a_trade_before_a_name(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The company's largest shareholder, the Ostland sovereign wealth fund, said it would vote no.",
            [("Ostland sovereign wealth fund", "institution", "")],
        ),
        (
            "The deal's main critic, the Veldorian competition authority, said it would block the merger.",
            [("Veldorian competition authority", "institution", "")],
        ),
    ],
)
def test_a_body_set_beside_a_description_of_the_speaker_speaks(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Kazakh Energy Minister Nurlan Sadykov said exports would rise.",
            [("Nurlan Sadykov", "official", "Kazakhstan")],
        ),
        (
            '"The border stays open," Chadian Foreign Minister Idriss Mahamat told reporters.',
            [("Idriss Mahamat", "official", "Chad")],
        ),
        (
            '"Our farmers need rain," Malawian Agriculture Minister Grace Phiri said.',
            [("Grace Phiri", "official", "Malawi")],
        ),
    ],
)
def test_a_minister_of_a_country_named_by_its_adjective(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Britain's Foreign Secretary, Tom Keller, said the talks were useful.",
            [("Tom Keller", "official", "Britain")],
        ),
        (
            "Ostland's Prime Minister, Ada Voss, said the talks were useful.",
            [("Ada Voss", "official", "Ostland")],
        ),
        (
            "House Speaker Linda Morrow said the chamber would vote on Friday.",
            [("Linda Morrow", "official", "House")],
        ),
    ],
)
def test_a_capitalised_title_set_beside_a_name_and_a_speaker_of_the_house(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            '"We will follow the evidence," FBI Director Dana Hollis told the committee.',
            [("Dana Hollis", "official", "FBI")],
        ),
        (
            '"The disclosures were misleading," said Omar Bright, a spokesman for the SEC.',
            [("Omar Bright", "official", "SEC")],
        ),
        (
            '"We have the votes," CDU leader Anke Brandt told reporters.',
            [("Anke Brandt", "official", "CDU")],
        ),
    ],
)
def test_state_bodies_and_parties_known_by_their_initials(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Saxony's state premier, Uwe Brandt, said the plant closure would hit the region hard.",
            [("Uwe Brandt", "official", "Saxony")],
        ),
        (
            '"Orders are strong," said Emma Roth, Vantor\'s chief financial officer.',
            [("Emma Roth", "other", "Vantor")],
        ),
    ],
)
def test_a_name_tagged_otherwise_beside_a_role_and_a_company_before_its_officer(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Troops shelled two villages, the Ostland defence ministry said.",
            [("Ostland defence ministry", "institution", "")],
        ),
        ('"Valuations look full," Halvorsen\'s Nils Berg said.', [("Nils Berg", "other", "Halvorsen")]),
        ("Fitch said the outlook for the banking sector was negative.", [("Fitch", "institution", "")]),
    ],
)
def test_a_ministry_by_its_state_a_firm_before_its_person_and_a_known_name(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_a_title_of_a_work_with_an_s_is_no_firm_before_a_person(nlp):
    paragraph = 'Tom Brill, the author of "Ostland\'s Bitter Pill," said the law had been crippled from the outset.'
    assert [(name, kind) for name, kind, _ in profiles(nlp, paragraph)] == [("Tom Brill", "other")]


def test_a_journalist_who_covered_a_body_is_none_of_its_officials(nlp):
    paragraph = '"He never turned down a question on the steps," said Ann Crowe, who covered the White House for years.'
    assert profiles(nlp, paragraph) == [("Ann Crowe", "other", "")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("The presidency said in a statement that the president had signed the decree.",),
            [("presidency", "institution", "")],
        ),
        (
            ('"The vote was neither free nor fair," said the head of the OSCE observer mission, Katrin Vogel.',),
            [("Katrin Vogel", "official", "OSCE")],
        ),
        (
            (
                "Special envoy Maria Santos, a former diplomat, arrived in Khartoum on Monday.",
                '"Both sides must stop the fighting," Santos told reporters.',
            ),
            [("Maria Santos", "official", "")],
        ),
    ],
)
def test_a_presidency_an_observer_mission_and_an_envoy_who_was_a_diplomat(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


#: Shapes the second round of probes left wrong, kept in sight (a state no list knows by its adjective, since
#: mended, is in test_profiles_blind_probes_third.py; a company tagged a person after its country's name, "Brazil's
#: Petrobras said it would …", in test_profiles_blind_probes_fourth.py).
_KNOWN_MISSES = [
    pytest.param(
        (
            '"We have done nothing wrong," the airline\'s chief executive, Bruno Alves, told a hearing. '
            "Alves said Skyfleet had complied with all rules.",
        ),
        [("Bruno Alves", "other", "Skyfleet")] * 2,
        marks=pytest.mark.xfail(strict=True, reason="'the airline's' names a company only named after it"),
    ),
]


def test_a_party_known_only_by_the_article_s_noun_types_its_leader(nlp):
    """Mended in the nineteenth round: a body the article calls a party is one, whatever its name says."""
    paragraphs = (
        "The main opposition party, the People's Alliance, said the plan would push up borrowing.",
        '"They are mortgaging our future," said Alliance leader Rob Stenning.',
    )
    expected = [("People's Alliance", "institution", ""), ("Rob Stenning", "official", "People's Alliance")]
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), _KNOWN_MISSES)
def test_known_misses_of_the_second_round(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected
