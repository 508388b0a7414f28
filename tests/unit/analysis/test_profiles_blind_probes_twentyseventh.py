"""Speaker profiles in shapes a twenty-seventh round of blind probes (Asia-Pacific and Latin American business and
politics wire stories: a Japanese carmaker's recall, an Indonesian nickel ore export ban, a Brazilian central bank
decision, a Philippine senate hearing on a port deal) found wrong, and the whole batch of fictional stories the round
was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 20 of 39 blind.
_WRONG_AT_MOST = 20


def test_the_batch_of_the_twentyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
