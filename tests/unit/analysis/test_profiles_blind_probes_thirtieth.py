"""The whole batch of fictional stories of a thirtieth round of blind profile probes (European parliamentary and EU
politics stories, wire and long-form: a packaging law in the European Parliament, a Danish coalition quarrel, a
German constitutional ruling on the debt brake, a euro-area rate decision, a competition fine, a Belgian caretaker
government), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 14 of 34 blind (one of them the
#: caretaker prime minister's warning in the lede, found with no speaker, which the blind gold left out).
#: 11 once a legislator's title in initials, alone or after a country's adjective, is no organisation ("Dutch MEP X",
#: "X, a German MEP from the Social Democrats,": the recogniser tagged "MEP" an organisation, which became the
#: affiliation and, before a name, made the MEP `other`).
WRONG_TODAY = 11


def test_the_batch_of_the_thirtieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_legislator_s_title_in_initials_is_no_organisation(nlp):
    lone = ("Dutch MEP Sander Bakker said the law would cut waste.",)
    described = ("Jonas Weber, a German MEP from the Social Democrats, said the tax was overdue.",)
    assert profiles(nlp, *lone) == [("Sander Bakker", "official", "Netherlands")]  # was of "MEP"
    assert profiles(nlp, *described) == [("Jonas Weber", "official", "Social Democrats")]  # was of "MEP"
