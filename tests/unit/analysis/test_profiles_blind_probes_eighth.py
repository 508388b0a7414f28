"""Speaker profiles in shapes an eighth round of blind probes (British business and politics news of the mid-2000s: a
brewer's results and a bid approach, a tram strike, a budget, an EU duty on shoes, a price fixing fine and a farmers'
claim in court, an African Union mediation, an election under observers, a turbine plant in a US state) found wrong,
and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_eighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 9 blind, before the round's fixes;
#: 8 once "the Office of Fair Trading" (and "the OFT") is a public body, not a trading firm; 7 once "the Donets
#: Volunteer Guard, a militia loyal to the government," is an armed group, not the state's guard; 5 once "X QC" is
#: shown as X (missed and extra); 4 once "The shadow chancellor, Conservative MP X," keeps the party of the title; 3
#: once "who manages the X Fund at Y" ties the manager to Y; 1 once "the Rail and Maritime Union", tagged only from
#: "Maritime", is named whole (missed and extra "Rail"). Left: "Van Hoek finance director X" after "Dutch rival Van
#: Hoek" (the article labels the name a person's two times to one, as its possessive "Van Hoek's credit rating" is
#: tagged a person's).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_eighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Anna Weir, head of cartels at the Office of Fair Trading, said the firms had shared price lists.",
            [("Anna Weir", "official", "Office of Fair Trading")],
        ),
        (
            "Tom Hale, director of economics at the Office for Rail Regulation, said fares would rise.",
            [("Tom Hale", "official", "Office for Rail Regulation")],
        ),
    ],
)
def test_an_office_of_something_is_a_public_body_whatever_its_words_trade_in(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Oleg Marin, commander of the Dniester Home Guard, a militia loyal to the government, said his men had "
            "held the bridge.",
            [("Oleg Marin", "other", "Dniester Home Guard")],
        ),
        (  # a state's guard stays the state's
            "Captain Ivan Sorokin, commander of the Black Sea Coast Guard, said the patrol had turned back.",
            [("Ivan Sorokin", "official", "Black Sea Coast Guard")],
        ),
    ],
)
def test_a_guard_the_article_calls_a_militia_is_an_armed_group_no_state_s(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


def test_a_queen_s_counsel_s_letters_are_no_part_of_the_name(nlp):
    paragraphs = (
        "Michael Brandt QC, for the farmers, said his clients had been squeezed to the point of ruin.",
        '"It was a scandal," Mr Brandt said.',
    )
    assert profiles(nlp, *paragraphs) == [("Michael Brandt", "other", ""), ("Michael Brandt", "other", "")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The shadow chancellor, Conservative MP Edward Lyle, said the figures were built on sand.",
            [("Edward Lyle", "official", "Conservatives")],
        ),
        (
            "The minister, Tory MP Edward Lyle, said the figures were sound.",
            [("Edward Lyle", "official", "Conservatives")],
        ),
    ],
)
def test_a_party_title_before_a_name_set_beside_a_role_gives_the_party(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Julia Farrant, who manages the UK Income Fund at Kestrel Investors, said shareholders would want more.",
            [("Julia Farrant", "analyst", "Kestrel Investors")],
        ),
        (
            "Tom Ames, who manages the Global Growth Fund at Hollin Capital, said shares were cheap.",
            [("Tom Ames", "analyst", "Hollin Capital")],
        ),
    ],
)
def test_a_fund_managed_at_a_firm_is_no_employer_the_firm_is(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Train guards will walk out for three days next week after talks over pay broke down, the Rail and "
            "Maritime Union said.",
            [("Rail and Maritime Union", "institution", "")],
        ),
        (
            "Members of the Coal and Energy Union will strike next week, its leader said.",
            [("", "unnamed", "Coal and Energy Union")],
        ),
        (  # a name of its own before "and" stays apart
            "Talks between the UK and European Union resumed on Monday, the trade minister said.",
            [("", "unnamed", "")],
        ),
    ],
)
def test_a_union_whose_name_joins_two_trades_by_and_is_named_whole(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "A spokesman for the junta, Major General Zaw Win Naing, said the border was calm.",
            [("Zaw Win Naing", "official", "")],
        ),
        ("Sergeant Major Tom Hale said the patrol was back.", [("Tom Hale", "official", "")]),
    ],
)
def test_a_name_the_recogniser_cut_after_a_rank_of_two_words_is_named_whole(nlp, paragraph, expected):
    assert [(s, k, a) for s, k, a in profiles(nlp, paragraph)] == expected
