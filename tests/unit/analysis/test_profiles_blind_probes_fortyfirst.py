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
#: 3 once a county's recorder and auditor, a state's consumers' counsel and a public school district's superintendent
#: hold local public office, a governor's chief of staff serves a public office-holder, and "called lawmakers back
#: for a special session" is a summons, no quote.
#: Left: "Superintendent of Public Instruction X, who ...," (the recogniser's person sits inside the title's "of"
#: phrase: the first quote goes to an unnamed source whose role holds the name, and the second, found under the short
#: name, is `other`: missed, extra and misprofiled; the shape of "Minister of Advanced Education X" of batch 40).
_WRONG_AT_MOST = 3


def test_the_batch_of_the_fortyfirst_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
