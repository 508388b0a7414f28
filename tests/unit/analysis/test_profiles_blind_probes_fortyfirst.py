"""The whole batch of fictional stories of a forty-first round of blind profile probes (US state and local government
and politics in local web news and the statehouse press: a governor's veto threat, a state attorney general's suit, a
voter-roll purge, a highway widening, a utility rate case, a reading standard, a county jail, a zoning vote, the last
days of a session, a special session on property taxes), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyfirst import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 13 of 64 blind; 9 of 66 with three gold
#: slips set right after the run ("threatened to veto" and "sued ..., accusing them of" are cues of their own: two
#: quotes left out; "The governor's office said" speaks for the governor the story names, not a body).
_WRONG_AT_MOST = 9


def test_the_batch_of_the_fortyfirst_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
