"""The whole batch of fictional stories of a thirty-sixth round of blind profile probes (trade, sanctions and
commodities news: an anti-dumping case, a trade dispute ruling, export controls on chip tools, an oil producers'
output decision, sanctions on tankers), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtysixth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): to be set after the blind run.
WRONG_TODAY = 45


def test_the_batch_of_the_thirtysixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
