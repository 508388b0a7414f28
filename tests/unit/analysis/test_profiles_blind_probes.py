"""Speaker profiles in shapes that blind probes of business, politics and world news found wrong: a fund manager
described by the money they manage, a company after a "-based" trade noun the recogniser cut short, a minister's
portfolio that is no company, a lower-case force, a side capitalised to open a role, a workplace set before the clause,
a body named by its regulator's words, legislators, consultancies and aid groups; fictional names throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import quote_rows_of


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ('"The guidance was a shock," said Mira Castell, who helps manage $4bn at Aldgate Partners.',),
            [("Mira Castell", "analyst", "Aldgate Partners")],
        ),
        (
            (
                "Lisbon-based utility Energia Atlantica said it would raise prices.",
                '"We have no choice given gas costs," the company said.',
            ),
            [("Energia Atlantica", "institution", ""), ("Energia Atlantica", "institution", "")],
        ),
        (
            ('"The market is well supplied," Saudi Energy Minister Prince Faisal bin Tarek told reporters.',),
            [("Faisal bin Tarek", "official", "Saudi Arabia")],
        ),
        (
            ('The army said it had repelled an attack. "Four insurgents were killed," a military spokesman said.',),
            [("army", "institution", ""), ("", "unnamed", "army")],
        ),
        (
            ('"This budget is a betrayal of working families," Opposition critic Dana Whitlow told the chamber.',),
            [("Dana Whitlow", "official", "")],
        ),
        (
            ('"We will not accept these terms," Union steward Paul Karnik said outside the plant.',),
            [("Paul Karnik", "other", "")],
        ),
        (
            ("At the Harbourview Inn, manager Lucia Brandt said bookings had collapsed.",),
            [("Lucia Brandt", "other", "Harbourview Inn")],
        ),
    ],
)
def test_known_leftovers_of_the_probes(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Financial Conduct Board of Ostland fined Grellan Bank 40 million crowns on Wednesday.",
                '"Customers were let down badly," the regulator said in a statement.',
            ),
            [("Financial Conduct Board of Ostland", "institution", "")],
        ),
        (
            ('"This deal sells out our farmers," said Pieter Lomm, a member of parliament for the Green Alliance.',),
            [("Pieter Lomm", "official", "Green Alliance")],
        ),
        (
            ('"Clients are pulling back," said Oskar Feld, a partner at consultancy Meridian Strategy Group.',),
            [("Oskar Feld", "analyst", "Meridian Strategy Group")],
        ),
        (
            (
                '"The situation is catastrophic," said Amira Saleh, regional director of the aid group Relief Without '
                "Borders. The charity said it had suspended operations in two provinces.",
            ),
            [("Amira Saleh", "other", "Relief Without Borders"), ("Relief Without Borders", "institution", "")],
        ),
    ],
)
def test_regulators_legislators_consultancies_and_aid_groups(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


def test_a_fund_manager_has_the_money_they_manage_for_a_role(nlp):
    (row,) = quote_rows_of(
        nlp, '"The guidance was a shock," said Mira Castell, who helps manage $4bn at Aldgate Partners.'
    )
    assert row["role"] == "helps manage $4bn"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            '"This is a political decision," said Ruth Anders, a lawyer for the fishermen\'s association.',
            [("Ruth Anders", "other", "fishermen's association")],
        ),
        (
            '"Markets are underestimating the risk of a downgrade," said Paulo Ferraz, head of emerging markets '
            "research at Carver & Lowe in London.",
            [("Paulo Ferraz", "analyst", "Carver & Lowe")],
        ),
    ],
)
def test_a_body_of_common_people_and_a_field_before_the_employer(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Securities Commission of Veldt said it had charged two former directors of Ambry Capital with "
                'fraud. "Investors were deceived for years," commission chairman Olu Banjo said.',
            ),
            [
                ("Securities Commission of Veldt", "institution", ""),
                ("Olu Banjo", "official", "Securities Commission of Veldt"),
            ],
        ),
        (
            (
                "Orsa Bank posted a record profit. But its finance chief, Tomas Grell, warned that lending would slow.",
                '"We are entering a tougher phase," Grell said.',
            ),
            [("Tomas Grell", "other", "Orsa Bank"), ("Tomas Grell", "other", "Orsa Bank")],
        ),
        (
            ('Police said two people were arrested. "It is ongoing," police spokeswoman Inspector Hana Mori said.',),
            [("", "unnamed", ""), ("Hana Mori", "official", "police")],
        ),
        (
            (
                "Ostland's Supreme Court ruled on Tuesday that the election law was unconstitutional. Chief Justice "
                'Helena Marr wrote that "the rights of voters cannot be curtailed by decree".',
            ),
            [("Helena Marr", "official", "Supreme Court")],
        ),
        (
            (
                '"We see no reason to change our guidance," Velora Pharma\'s head of investor relations, '
                "Sam Coyle, said.",
            ),
            [("Sam Coyle", "other", "Velora Pharma")],
        ),
        (
            (
                "Shares in Baltic Grain Co slumped 12% after the group issued a profit warning.",
                '"Harvest volumes disappointed," the grain trader said.',
            ),
            [("Baltic Grain Co", "institution", "")],
        ),
    ],
)
def test_bodies_cut_short_company_officers_forces_and_judges(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Shadow chancellor Oliver Lett said the figures exposed the government's failure. "
                '"Families are paying more tax than ever," the Tory MP said.',
            ),
            [("Oliver Lett", "official", ""), ("Oliver Lett", "official", "")],
        ),
        (
            (
                'Industry watchdog Ofsafe said it would investigate the complaints. "Consumers deserve answers," said '
                "Ofsafe chief executive Rhian Pugh.",
            ),
            [("Ofsafe", "institution", ""), ("Rhian Pugh", "official", "Ofsafe")],
        ),
        (
            (
                '"The economy is slowing faster than the government admits," said Nadim Karam, a former finance '
                "minister who now teaches at the American University of Beirut.",
            ),
            [("Nadim Karam", "analyst", "American University of Beirut")],
        ),
    ],
)
def test_a_party_and_seat_for_the_one_just_named_and_bodies_typed_by_their_noun(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Lanmark's foreign minister, Petra Holm, said the meeting had been frank. Her German counterpart, "
                'Ivan Drach, said little. "We will see," he said.',
            ),
            [
                ("Petra Holm", "official", "Lanmark"),
                ("Ivan Drach", "official", "Germany"),
            ],
        ),
        (
            (
                "The union representing the workers, Unifor-North, said its members had voted to strike. "
                '"Our patience has run out," union president Gail Mercer said.',
            ),
            [("Unifor-North", "institution", ""), ("Gail Mercer", "other", "Unifor-North")],
        ),
    ],
)
def test_a_counterpart_and_a_union_named_in_apposition(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


def test_a_chief_economist_after_a_bank_acted_works_there(nlp):
    paragraph = (
        "Kessel Bank cut its growth forecast. Chief economist Maria Ortega said the bank now expected 1.2% growth. "
        '"Consumption is weak," she said.'
    )
    assert profiles(nlp, paragraph) == [("Maria Ortega", "analyst", "Kessel Bank")] * 2


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            'U.N. Secretary-General Antonio Rocha called for restraint. "There is no military solution," Rocha said.',
            [("Antonio Rocha", "official", "U.N.")],
        ),
        (
            '"The situation in the camps is dire," said Amina Hassan, a spokeswoman for the World Food Programme.',
            [("Amina Hassan", "official", "World Food Programme")],
        ),
        (
            '"Our forces repelled the attack," said Yahya Sarea-Hadi, a military spokesman for the Houthi movement.',
            [("Yahya Sarea-Hadi", "official", "Houthi")],
        ),
    ],
)
def test_international_bodies_by_initials_and_agencies_and_military_spokespeople(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            '"The sell-off is overdone," said Greta Lund of Halvorsen & Co, a Stockholm brokerage.',
            [("Greta Lund", "analyst", "Halvorsen & Co")],
        ),
        (
            '"We like the sector but valuations are stretched," said Priya Nair, who oversees $12 billion in equities '
            "at Tamarind Capital.",
            [("Priya Nair", "analyst", "Tamarind Capital")],
        ),
        (
            '"This is a buying opportunity," said Clara Osei, an investment director at the Norvik pension fund.',
            [("Clara Osei", "analyst", "Norvik")],
        ),
    ],
)
def test_people_of_brokerages_and_funds_are_analysts(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_a_brokerage_described_after_its_name_is_no_role(nlp):
    (row,) = quote_rows_of(nlp, '"The sell-off is overdone," said Greta Lund of Halvorsen & Co, a Stockholm brokerage.')
    assert row["role"] == ""


def test_a_regulator_named_after_its_noun_is_the_watchdog_said_later(nlp):
    paragraph = (
        "Energy regulator Ofpower said bills would fall in April. The watchdog said wholesale prices had eased. "
        "Energy company Brightline said it welcomed the news."
    )
    assert profiles(nlp, paragraph) == [
        ("Ofpower", "institution", ""),
        ("Ofpower", "institution", ""),
        ("Brightline", "institution", ""),
    ]


def test_a_ministry_of_a_named_country_speaks_by_that_name(nlp):
    paragraph = '"Our revenues will fall short of the target," the finance ministry of Ostland said in a statement.'
    assert profiles(nlp, paragraph) == [("finance ministry of Ostland", "institution", "")]


def test_the_agency_is_the_one_that_spoke_paragraphs_before(nlp):
    paragraphs = (
        "Harbour Transit said on Monday it would cut night services.",
        "The number of riders has fallen by a quarter since 2019, and fares cover only a third of costs.",
        '"We cannot keep running empty buses," the agency said.',
    )
    assert profiles(nlp, *paragraphs) == [("Harbour Transit", "institution", "")] * 2


def test_a_force_word_of_no_role_names_no_affiliation(nlp):
    paragraph = 'Tom Vardy, who runs the campaign for military veterans\' families, said: "We will win this."'
    assert profiles(nlp, paragraph) == [("Tom Vardy", "other", "")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            '"There is a growing perception," said Omar Reiss of Eurasia Group, a political risk and '
            "consulting company.",
            [("Omar Reiss", "analyst", "Eurasia Group")],
        ),
        ("The government of President Ivan Sorel said it would call elections.", [("government", "institution", "")]),
    ],
)
def test_a_consultancy_by_its_description_and_no_person_in_a_body_name(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected
