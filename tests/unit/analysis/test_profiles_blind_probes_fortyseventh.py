"""The whole batch of fictional stories of a forty-seventh round of blind profile probes (the media, entertainment
and sports business from the trade press, the wire and the business pages: a streaming service's results under two
co-chief executives, a public broadcaster's licence fee and a media regulator's ruling, a film studio merger and an
actors' guild, a football league's television rights deal, a club owned by a state fund), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 25 of 57 blind, no gold slip found
#: (a regulator that "ruled that" a channel breached rules speaks, as "ruled" is a cue in the reference corpora).
_WRONG_AT_MOST = 25


def test_the_batch_of_the_fortyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
