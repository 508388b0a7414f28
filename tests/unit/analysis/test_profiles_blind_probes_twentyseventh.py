"""Speaker profiles in shapes a twenty-seventh round of blind probes (Asia-Pacific and Latin American business and
politics wire stories: a Japanese carmaker's recall, an Indonesian nickel ore export ban, a Brazilian central bank
decision, a Philippine senate hearing on a port deal) found wrong, and the whole batch of fictional stories the round
was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 20 of 39 blind. 16 once "General" before
#: a civilian title is no first name ("General Manager X"). 14 once "mineral" is a word of a portfolio ("Energy and
#: Mineral Resources Minister X": the state, not "Mineral Resources"). 11 once "Coordinating Minister for Economic
#: Affairs X" is no clause of "Coordinating" and a coordinating minister, a secretary of a portfolio ("Transportation
#: Secretary X") and a government's or president's spokesman serve the article's country. 10 with the carmaker's own
#: word in the lede, which the blind gold left out, added. 8 once a company named again without its legal form is the
#: one named with it ("Pacific Harbor Terminals said" after "Pacific Harbor Terminals Inc"). 7 once a name described
#: as a smelter complex, plant, refinery, factory, shipyard or bank is an organisation's, though the recogniser tagged
#: it a person's. Left: a consumer group's head of research taken for an analyst, the lede's
#: "the country's coordinating minister said" left unnamed, "The bank's monetary policy committee, known as Copom,"
#: keyed "bank's monetary policy committee", "said X and called Y a mistake" and "asked Y to … and said" taken for two
#: quotes, and "senators questioned why" taken for a quote.
_WRONG_AT_MOST = 7


def test_the_batch_of_the_twentyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_general_before_a_civilian_title_is_no_first_name(nlp):
    paragraph = "Northfield Ports Authority General Manager Omar Castell told the committee the bids had been fair."
    assert profiles(nlp, paragraph) == [("Omar Castell", "official", "Northfield Ports Authority")]
    # was "Manager Omar Castell"


def test_a_portfolio_of_mineral_resources_is_no_body(nlp):
    paragraphs = (
        "PERTH, May 2 (Reuters) - Australia will tighten rules on foreign stakes in lithium miners.",
        "Energy and Mineral Resources Minister Dewi Lestari said more refineries would open next year.",
    )
    assert profiles(nlp, *paragraphs) == [("Dewi Lestari", "official", "Australia")]  # was "Mineral Resources"


def test_a_title_opened_by_a_word_in_ing_is_no_clause_of_its_own(nlp):
    paragraph = "Coordinating Minister for Economic Affairs Budi Santosa said the quota would not be raised."
    assert profiles(nlp, paragraph) == [("Budi Santosa", "official", "")]  # was missed


def test_a_word_of_rank_opening_a_title_is_no_body(nlp):
    paragraph = "Senior Minister Mei Ling Goh told reporters the levy would stay until prices settled."
    assert profiles(nlp, paragraph) == [("Mei Ling Goh", "official", "")]  # was "Senior"


def test_a_secretary_of_a_portfolio_serves_the_article_s_country(nlp):
    paragraphs = (
        "LIMA, April 3 (Reuters) - Peru will auction two airport concessions this year.",
        "Transportation Secretary Rosa Quispe said the bidding rules would be published in May.",
    )
    assert profiles(nlp, *paragraphs) == [("Rosa Quispe", "official", "Peru")]  # was ""


def test_a_government_s_spokesman_serves_the_article_s_country(nlp):
    paragraphs = (
        "HANOI, Aug 21 (Reuters) - Vietnam will cut the fee on rice exports from next month.",
        "Government spokesman Tran Van Minh said the cut would help farmers hit by low prices.",
    )
    assert profiles(nlp, *paragraphs) == [("Tran Van Minh", "official", "Vietnam")]  # was ""


def test_a_coordinating_minister_of_a_portfolio_serves_the_article_s_country(nlp):
    paragraphs = (
        "KUALA LUMPUR, Feb 8 (Reuters) - Malaysia will cap palm oil export duties this year.",
        "Coordinating Minister for Economic Affairs Aziz Rahman said the cap would stay until December.",
    )
    assert profiles(nlp, *paragraphs) == [("Aziz Rahman", "official", "Malaysia")]  # was ""


def test_a_company_named_again_without_its_legal_form_is_the_company_named_before(nlp):
    paragraphs = (
        "Harbourline Logistics Ltd, which runs two terminals in Davao, bid for the contract.",
        "Harbourline Logistics said in a statement that it would appeal against the award.",
    )
    assert profiles(nlp, *paragraphs) == [("Harbourline Logistics Ltd", "institution", "")]  # was without "Ltd"


def test_a_name_described_as_a_smelter_complex_is_an_organisation(nlp):
    paragraph = "Kendari Nickel Park, the biggest smelter complex on the island, said output would rise by a fifth."
    assert profiles(nlp, paragraph) == [("Kendari Nickel Park", "institution", "")]
