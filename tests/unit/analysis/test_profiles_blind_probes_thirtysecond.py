"""The whole batch of fictional stories of a thirty-second round of blind profile probes (security and geopolitics
analysis pieces in the seed's register: an Indonesian-Australian naval exercise, a Japan-Philippines submarine pact,
Russian ships around Svalbard, Kazakhstan between Russia and China, a UAE-India security pact), its wrong count kept
in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtysecond import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 12 of 54 blind.
WRONG_TODAY = 12


def test_the_batch_of_the_thirtysecond_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
