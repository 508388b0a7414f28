"""The whole batch of fictional stories of a forty-fourth round of blind profile probes (transport news from the wire
and the trade press: an airline's results and jet order, an accident board's preliminary report, a rail operator's
punctuality figures, a port's congestion, a regulator's grounding of a carrier's jets, an airline association's
forecast), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyfourth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 16 of 64 blind; 15 of 65 with one gold
#: slip set right after the run (spot rates "according to Harborline Analytics" are the firm speaking as itself, an
#: `institution`, as "according to the Fed" was in the fourth round).
_WRONG_AT_MOST = 15


def test_the_batch_of_the_fortyfourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
