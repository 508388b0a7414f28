"""Speaker profiles in shapes a fifth round of blind probes (central banks, courts, parliaments, ratings agencies,
unions, NGOs, a company's executives, an invented country's ministers) found wrong or short: a one-word company the
tagger took for an adjective before an executive's title ("Tarnhold chief executive X" after "Tarnhold said"); a body's
name the recogniser cut at a lower-case joining word after the body's noun ("aid group Bread for All"); a one-word tag
of a body before a title where the article named the body in full before ("Court president X" after "the Supreme Court
of Veldoria struck down ..."); and the whole batch of fictional wire stories the round was run on, its wrong count kept
in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fifth import STORIES


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Tarnhold said it had offered a 4% increase.",
                "Tarnhold chief executive Johan Falk said in a letter to staff that the strike put new orders at risk.",
            ),
            [("Tarnhold", "institution", ""), ("Johan Falk", "other", "Tarnhold")],
        ),
        (  # no organisation of that name: an adjective stays none
            ("Nordic chief executive Johan Falk said the strike put new orders at risk.",),
            [("Johan Falk", "other", "")],
        ),
    ],
)
def test_a_company_taken_for_an_adjective_before_an_executive_title(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Aid group Bread for All said on Wednesday that food prices had doubled since the floods.",
                '"Families are skipping meals," said Hanna Voss, the group\'s country director.',
            ),
            [("Bread for All", "institution", ""), ("Hanna Voss", "other", "Bread for All")],
        ),
        (
            ("Campaign group Doctors against Hunger said the aid was too slow.",),
            [("Doctors against Hunger", "institution", "")],
        ),
    ],
)
def test_a_body_name_joined_by_a_lower_case_word_after_its_noun(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Supreme Court of Veldoria struck down a press law on Thursday.",
                "Court president Anselm Dray said the law breached the constitution.",
            ),
            [("Anselm Dray", "official", "Supreme Court")],
        ),
        (
            (
                "The Ostland Fiscal Council warned on Monday that the budget gap would widen.",
                "Council chairman Erik Lunde said the warning had been clear for months.",
            ),
            [("Ostland Fiscal Council", "institution", ""), ("Erik Lunde", "official", "Ostland Fiscal Council")],
        ),
        (  # no court named before: the tag stays as written
            ("Court president Anselm Dray said the law breached the constitution.",),
            [("Anselm Dray", "official", "Court")],
        ),
    ],
)
def test_a_one_word_body_before_a_title_is_the_body_named_in_full_before(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 3 before the round's fixes ("Tarnhold
#: chief executive" without Tarnhold; "Bread" for "Bread for All", missed and extra), since fixed.
_WRONG_AT_MOST = 0


def test_the_batch_of_the_fifth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
