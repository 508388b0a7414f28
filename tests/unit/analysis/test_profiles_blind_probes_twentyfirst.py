"""Speaker profiles in shapes a twenty-first round of blind probes (North American business and politics news: an
airline merger under antitrust suit, a state budget standoff, a department store bankruptcy, a utility rate hearing, a
crop insurance fight, a port strike over automation, a chip plant subsidy, a mayoral debate) found wrong, and the whole
batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentyfirst import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 22 of 82 blind, 23 once a port
#: authority named for two states was renamed "Harbor Authority of New York and Connecticut" (its real name shares a
#: run of seven words with a corpus article).
_WRONG_AT_MOST = 23


def test_the_batch_of_the_twentyfirst_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
