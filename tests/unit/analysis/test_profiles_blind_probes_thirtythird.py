"""The whole batch of fictional stories of a thirty-third round of blind profile probes (US, Canadian and British
local news of fires, courts and storms, whose speakers are local public-safety and justice officials), its wrong count
kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtythird import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 37 of 41 blind; 33 of 47 with the six
#: gold slips set after the run.
#: Not yet mended: fire, police, sheriff's, prosecutors', county, school and Canadian officers read as `other`.
WRONG_TODAY = 33


def test_the_batch_of_the_thirtythird_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
