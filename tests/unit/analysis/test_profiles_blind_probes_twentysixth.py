"""Speaker profiles in shapes a twenty-sixth round of blind probes (European business and politics wire stories: an
EU competition fine, a German coalition budget row, a French rail strike, a Nordic bank's money-laundering probe)
found wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentysixth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold).
_WRONG_AT_MOST = -1


def test_the_batch_of_the_twentysixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
