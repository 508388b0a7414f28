"""Speaker profiles in shapes a twentieth round of blind probes (world news wire: a drought appeal, a disputed count,
a bond restructuring, a border incursion, a sunken migrant boat, an oil output cut, a ruling at The Hague, a rebel
statement) found wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 34 of 79 blind (32 of 81 once two
#: gold statements the blind gold had missed were added, 30 once a party's press spokesman was set `other`, as the
#: guidelines make one).
_WRONG_AT_MOST = 30


def test_the_batch_of_the_twentieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
