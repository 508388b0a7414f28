"""Speaker profiles in shapes a twentieth round of blind probes (world news wire: a drought appeal, a disputed count,
a bond restructuring, a border incursion, a sunken migrant boat, an oil output cut, a ruling at The Hague, a rebel
statement) found wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in
sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 34 of 79 blind (32 of 81 once two
#: gold statements the blind gold had missed were added, 30 once a party's press spokesman was set `other`, as the
#: guidelines make one). 22 once a known group's name after a body's noun is that group ("field director for the
#: charity Save the Children", not the body the article named before), "Cabinet" opens the title "Cabinet Secretary"
#: (of the state before it) and ends no name, "Joint Chiefs" names a state's armed command, and a person tagged
#: without the lower-case half of a Korean given name joined by a hyphen is given all of it ("Kim Min" of "Kim
#: Min-seok", whose surname "Kim" then names the person too).
_WRONG_AT_MOST = 22


def test_the_batch_of_the_twentieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_body_s_noun_before_a_known_group_s_name_is_that_group_not_the_body_named_before(nlp):
    paragraphs = (
        "The Harbour Relief Fund said it needed $40 million.",
        "Tom Hale, field director for the charity Save the Children in Dadu, said three clinics had closed.",
    )
    assert profiles(nlp, *paragraphs)[1] == ("Tom Hale", "other", "Save the Children")


def test_a_cabinet_secretary_for_a_portfolio_serves_the_state_before_the_title(nlp):
    paragraph = "Tanzania's Cabinet Secretary for Devolution, Neema Mushi, said the government had released more money."
    assert profiles(nlp, paragraph) == [("Neema Mushi", "official", "Tanzania")]


def test_a_spokesman_of_the_joint_chiefs_is_an_official(nlp):
    paragraph = "Joint Chiefs spokesman Colonel Ryu Dong-hwan told a briefing that the soldiers had gone back north."
    assert profiles(nlp, paragraph)[0][:2] == ("Ryu Dong-hwan", "official")


@pytest.mark.parametrize("name", ["Park Min-seok", "Nam Duck-soo"])
def test_a_korean_given_name_joined_by_a_hyphen_is_the_whole_name_and_its_surname_comes_first(nlp, name):
    paragraphs = (
        f"Defence Minister {name} said the army would respond to any new incursion.",
        f"{name.split()[0]} said the broadcasts would resume along the border.",
    )
    assert profiles(nlp, *paragraphs) == [(name, "official", "")] * 2
