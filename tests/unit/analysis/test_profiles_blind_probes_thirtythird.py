"""The whole batch of fictional stories of a thirty-third round of blind profile probes (US, Canadian and British
local news of fires, courts and storms, whose speakers are local public-safety and justice officials), its wrong count
kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtythird import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 37 of 41 blind; 33 of 47 with the six
#: gold slips set after the run.
#: 2 once local offices are named by their title, read with the words a title's split left as its body ("Battalion
#: Chief", "Assistant State Attorney", "County Executive", "the county's medical examiner", "Sheriff's spokesman"),
#: the services and initials of local and national public bodies are a state's ("National Weather Service", "State
#: Highway Patrol", "RCMP", "OPP"), a superintendent holds an office, and "Superintendent", "Trooper", "Marshal" and
#: "Undersheriff" are titles before a name, no part of it.
#: Left: "Vance Aviation, which serviced the aircraft, said" is a company speaking as itself, kept `other`; a
#: superintendent's second clause after "adding that" is not found. 1 once a speaker's name the recogniser took for
#: a person's, set off by a "which" clause, speaks as an institution (mislabelled_people.speaks_as_organisation;
#: profileleft39). Left: the superintendent's clause after "adding that".
WRONG_TODAY = 1


def test_the_batch_of_the_thirtythird_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
