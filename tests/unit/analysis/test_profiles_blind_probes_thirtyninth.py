"""The whole batch of fictional stories of a thirty-ninth round of blind profile probes (elections around the world: a
parliamentary result announced by a commission, a presidential runoff, a court rejecting a challenge, a vote under
observers, a runoff winner declared by a tribunal), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyninth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): to be counted.
_WRONG_AT_MOST = 45


def test_the_batch_of_the_thirtyninth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
