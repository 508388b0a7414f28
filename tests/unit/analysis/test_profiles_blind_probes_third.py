"""Speaker profiles in shapes a third round of blind probes (business, politics and world news) found wrong: a
company described by a trade people ply as well ("the copper miner"), a name no list knows that calls its things
"its", a pope and "the pontiff", "the Fed" after the Federal Reserve and its chair, the adjective of a state no
list knows, a hyphenated title in apposition, a company's clipped name before its officer, a bank named in its
own language, a regulator the recogniser took for a place and a trade of "the country's"; and the whole batch of
fictional wire stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_third import STORIES


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Kasompe, the copper miner controlled by a trading house, said it would suspend output at its mine.",
            [("Kasompe", "institution", "")],
        ),
        (
            "Ardal Energi, the state-controlled producer, said it had signed a contract with a shipyard.",
            [("Ardal Energi", "institution", "")],
        ),
        ('"I was scared," said Jose Mendez, a copper miner.', [("Jose Mendez", "other", "")]),
    ],
)
def test_a_company_described_by_a_trade_people_ply_as_well(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Milkara said on Friday that higher borrowing costs would delay its new cheese plant by a year.",
            [("Milkara", "institution", "")],
        ),
        ("Hale said the company would delay its new plant.", [("Hale", "other", "")]),
    ],
)
def test_a_name_no_list_knows_that_calls_its_things_its(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_a_pope_holds_office_and_is_the_pontiff(nlp):
    paragraphs = (
        "Pope Clement said on Sunday that the war in the Sahel must end.",
        '"Violence never builds peace," the pontiff said.',
    )
    assert profiles(nlp, *paragraphs) == [("Clement", "official", "")] * 2


def test_the_fed_after_the_federal_reserve_and_its_chair(nlp):
    paragraphs = (
        "The Federal Reserve left interest rates unchanged on Wednesday.",
        '"Inflation remains too high," the Fed said in its statement.',
        "Chair Ellen Marsh told reporters that the labour market remained solid.",
    )
    assert profiles(nlp, *paragraphs) == [
        ("Federal Reserve", "institution", ""),
        ("Ellen Marsh", "official", "Federal Reserve"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Norvanian Energy Minister Aleksi Tamm said output would double by 2028.",
            [("Aleksi Tamm", "official", "Norvania")],
        ),
        (
            "The World Health Organization's director-general, Amara Kone, said the outbreak was slowing.",
            [("Amara Kone", "official", "World Health Organization")],
        ),
    ],
)
def test_a_state_no_list_knows_and_a_hyphenated_title_in_apposition(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_a_bank_named_in_its_own_language_employs_analysts(nlp):
    paragraph = "Paula Reis, head of research at Banco Meridional, said the move would add to inflation."
    assert profiles(nlp, paragraph) == [("Paula Reis", "analyst", "Banco Meridional")]


def test_a_regulator_taken_for_a_place_and_a_trade_of_the_country(nlp):
    paragraphs = (
        "Germany's energy regulator, the Bundesnetzagentur, said gas storage was 85% full.",
        '"We are well prepared for the winter," its president, Klaus Reinholt, told reporters in Bonn.',
        "Ostgas, the country's largest gas importer, said it had secured extra supplies.",
    )
    assert profiles(nlp, *paragraphs) == [
        ("Bundesnetzagentur", "institution", ""),
        ("Klaus Reinholt", "official", "Bundesnetzagentur"),
        ("Ostgas", "institution", ""),
    ]


def test_a_company_clipped_to_its_first_word_before_its_officer(nlp):
    paragraphs = (
        "Ardal Energi, the state-controlled producer, said it had signed a $3 billion contract with a shipyard.",
        '"The contract secures yard capacity for a decade," Ardal chief executive Marit Solheim said.',
    )
    assert profiles(nlp, *paragraphs)[1] == ("Marit Solheim", "other", "Ardal Energi")


#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 14 of the first nine stories before
#: the round's fixes; 1 of the next two, written and run after them (a bank named in its own language); 3 of the
#: last two, run last (a regulator the recogniser took for a place, a trade of "the country's"), of which one is
#: left: the regulator's quote with "said on Tuesday gas storage …", which the parser hangs from "on Tuesday".
_WRONG_AT_MOST = 1


def test_the_batch_of_the_third_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
