"""Speaker profiles in shapes a twenty-second round of blind probes (world news analysis pieces: a rice export ban, a
lithium deal, a port access pact, a Pacific policing agreement, a Caspian pipeline, an island's base lease) found
wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentysecond import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 25 of 53 blind.
_WRONG_AT_MOST = 25


def test_the_batch_of_the_twentysecond_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
