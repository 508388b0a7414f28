"""Speaker profiles in shapes a seventeenth round of blind probes (business and politics news in a British online
register: an airline's loss, a drug maker's takeover, a budget vote, a mining royalty dispute, a bank's fine, shop
closures, an export mission, a pension strike) found wrong, shapes of British politics news further probes found
wrong (a word of seniority before a party's word, "Backbench Conservative MP X"; a party's word the recogniser ran
into a spokesman's portfolio, "Tory Treasury spokesman X"; portfolios the lexicon lacked, "Economics Minister X"),
and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventeenth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 8 blind, before the round's fixes. 0
#: once "the airline's" officer far from the one company named is that company's ("the airline's chief financial
#: officer, X," three paragraphs on), a federation of labour is a union ("General Confederation of Labour": its leader
#: is `other`, no party's official), a body a pollster's noun introduces is a research body though the recogniser
#: took it for a place ("pollster Opinia"), a party named by its members in the plural is the party ("the opposition
#: Social Democrats"), and a premier serves the state or province the article names ("State Premier X" after "the
#: Western Australian government").
_WRONG_AT_MOST = 0


def test_the_batch_of_the_seventeenth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_the_company_noun_s_officer_is_the_one_company_named_paragraphs_before(nlp):
    paragraphs = (
        "Harwick Airways has swung to a loss of £80m for the half year.",
        "Chief Executive Ann Dale said the carrier would drop six routes.",
        '"It has been a hard winter," Ms Dale told reporters.',
        "The airline's finance director, Tom Reed, said fuel had cost £30m more than a year earlier.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Tom Reed", "other", "Harwick Airways")


def test_the_company_noun_gives_no_far_company_when_another_body_was_named_since(nlp):
    paragraphs = (
        "Harwick Airways has swung to a loss of £80m for the half year.",
        "Chief Executive Ann Dale said the carrier would drop six routes.",
        "Shares in Pellam Foods also fell after a warning on costs.",
        '"It has been a hard winter," Ms Dale told reporters.',
        "The airline's finance director, Tom Reed, said fuel had cost £30m more than a year earlier.",
    )
    assert profiles(nlp, *paragraphs)[-1][2] != "Harwick Airways"


@pytest.mark.parametrize(
    ("description", "affiliation"),
    [
        ("the leader of the General Confederation of Labour", "General Confederation of Labour"),
        ("who heads the Ostland Labour Congress", "Ostland Labour Congress"),
        ("president of the Harbour Federation of Labor", "Harbour Federation of Labor"),
    ],
)
def test_a_federation_of_labour_is_a_union_whose_leader_is_no_official(nlp, description, affiliation):
    paragraph = f"Rosa Lind, {description}, said the strike would go on until the plan was dropped."
    assert profiles(nlp, paragraph) == [("Rosa Lind", "other", affiliation)]


def test_a_labour_party_s_leader_stays_an_official(nlp):
    paragraph = "Rosa Lind, leader of the Ostland Labour Party, said the strike would go on until the plan was dropped."
    assert profiles(nlp, paragraph) == [("Rosa Lind", "official", "Ostland Labour Party")]


@pytest.mark.parametrize("pollster", ["pollster Veritas", "pollster Opinia"])
def test_a_director_at_a_pollster_the_recogniser_took_for_a_place_is_an_analyst(nlp, pollster):
    paragraph = f"Jean Morel, director of opinion studies at {pollster}, said 61% of voters opposed the plan."
    assert profiles(nlp, paragraph)[0][1] == "analyst"


@pytest.mark.parametrize(
    ("description", "party"),
    [
        ("the finance spokesman of the opposition Social Democrats", "Social Democrats"),
        ("the Free Democrats' health spokesman", "Free Democrats"),
        ("the housing spokesman of the opposition Greens", "Greens"),
    ],
)
def test_a_party_named_by_its_members_in_the_plural_is_the_spokesman_s_party(nlp, description, party):
    paragraph = f"Karl Weber, {description}, said the budget did nothing for people who rent."
    assert profiles(nlp, paragraph) == [("Karl Weber", "official", party)]


@pytest.mark.parametrize(
    ("lede", "speaker", "state"),
    [
        (
            "The Queensland government has defended a rise in coal royalties.",
            "State Premier Ann Hale said the industry could afford to pay more.",
            "Queensland",
        ),
        (
            "Miners have threatened to cut investment in Alberta over a new levy.",
            "Premier Ann Hale said the industry could afford to pay more.",
            "Alberta",
        ),
        (
            "Miners have threatened to cut investment over a new levy.",
            "South Australian Premier Ann Hale said the industry could afford to pay more.",
            "South Australia",
        ),
    ],
)
def test_a_premier_serves_the_state_or_province_the_article_names(nlp, lede, speaker, state):
    assert profiles(nlp, lede, speaker)[-1] == ("Ann Hale", "official", state)


@pytest.mark.parametrize(
    "lede",
    [
        "Ontario and Quebec have defended a rise in royalties.",  # two provinces: either
        "China has defended a rise in royalties.",  # a national premier
    ],
)
def test_a_premier_gets_no_state_where_the_article_names_none_or_two(nlp, lede):
    speaker = "Premier Ann Hale said the industry could afford to pay more."
    assert profiles(nlp, lede, speaker)[-1] == ("Ann Hale", "official", "")


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("Backbench Conservative MP", "Conservatives"),
        ("Veteran Labour MP", "Labour"),
        ("Rebel Tory MP", "Conservatives"),
    ],
)
def test_a_word_of_seniority_opening_the_sentence_is_no_part_of_the_party(nlp, title, party):
    paragraph = f"{title} Hugh Dalby said the tax would hurt savers."
    assert profiles(nlp, paragraph) == [("Hugh Dalby", "official", party)]


@pytest.mark.parametrize(
    "portfolio", ["Economics", "Employment", "Natural Resources", "Pensions", "Social Affairs", "Public Works"]
)
def test_a_minister_of_a_further_portfolio_is_no_organisation_and_serves_the_article_country(nlp, portfolio):
    paragraphs = (
        "KAMPALA (Reuters) - Uganda will cut fuel taxes from July, the government said.",
        f"{portfolio} Minister Ann Okello said the cut would cost 40 billion shillings.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Ann Okello", "official", "Uganda")


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("Tory Treasury spokesman", "Conservatives"),
        ("Lib Dem Treasury spokesman", "Liberal Democrats"),
        ("Labour Treasury spokeswoman", "Labour"),
    ],
)
def test_a_party_word_the_recogniser_ran_into_the_portfolio_is_the_spokesperson_s_party(nlp, title, party):
    paragraph = f"{title} Ann Hale said the figures did not add up."
    assert profiles(nlp, paragraph) == [("Ann Hale", "official", party)]


def test_a_treasury_spokesman_with_no_party_stays_the_treasury_s(nlp):
    paragraph = "US Treasury spokesman Tom Reed said the figures did add up."
    assert profiles(nlp, paragraph) == [("Tom Reed", "official", "US Treasury")]


@pytest.mark.parametrize(
    "said",
    [
        "Ventra said it would appeal to the European Court of Justice.",
        "Ventra said it would take the case to the Competition Appeal Tribunal.",
        "Ventra told reporters it would ask Halden Bank for a loan.",
    ],
)
def test_its_after_an_organisation_spoke_is_the_speaker_s_not_a_body_named_in_what_it_said(nlp, said):
    paragraphs = (said, "Its general counsel, Ruth Moss, said the decision was wrong on the facts.")
    assert profiles(nlp, *paragraphs)[-1] == ("Ruth Moss", "other", "Ventra")


def test_its_after_an_organisation_said_another_acted_is_left_to_the_last_named(nlp):
    paragraphs = (
        "Ventra said Corvane Chips had copied its designs.",
        "Its chief executive, Tom Hale, said the claim was absurd.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Tom Hale", "other", "Corvane Chips")
