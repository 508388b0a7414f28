"""Speaker profiles in shapes a twenty-seventh round of blind probes (Asia-Pacific and Latin American business and
politics wire stories: a Japanese carmaker's recall, an Indonesian nickel ore export ban, a Brazilian central bank
decision, a Philippine senate hearing on a port deal) found wrong, and the whole batch of fictional stories the round
was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 20 of 39 blind. 16 once "General"
#: before a civilian title is no first name ("General Manager X"). 14 once "mineral" is a word of a portfolio
#: ("Energy and Mineral Resources Minister X": the state, not "Mineral Resources").
_WRONG_AT_MOST = 14


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
