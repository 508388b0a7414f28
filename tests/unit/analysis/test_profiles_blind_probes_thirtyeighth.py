"""The whole batch of fictional stories of a thirty-eighth round of blind profile probes (defence and security news: a
fighter purchase, a naval exercise, an alliance's ministers' meeting, shots at a border fence, a cyberattack on a
rail operator), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyeighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): to be counted.
WRONG_TODAY = 46


def test_the_batch_of_the_thirtyeighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
