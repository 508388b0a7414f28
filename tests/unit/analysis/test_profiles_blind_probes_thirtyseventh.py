"""The whole batch of fictional stories of a thirty-seventh round of blind profile probes (energy and climate news: a
climate summit's closing night, an oil producers' group extending its cuts, a state inquiry into a blackout, a nuclear
plant's life extension, an offshore wind auction), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 of 45 blind.
WRONG_TODAY = 10


def test_the_batch_of_the_thirtyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
