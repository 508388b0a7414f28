"""The whole batch of fictional stories of a thirty-fourth round of blind profile probes (Canadian business, economy
and labour news: union locals, trade, industry and professional bodies and their people), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyfourth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 4 of 21 blind: a real estate board
#: read as a state body (its president `official`), a federation of independent business's vice-president `official`
#: with no affiliation, a college of physicians' registrar an `analyst` (a college read as a school), and sales
#: figures "according to" which a release gave taken as an unnamed source's quote.
#: Unscored by this harness (which takes an affiliation inside the gold's as right): "United Food and Commercial
#: Workers Local 2417 president X" is tied to "United Food", with the rest of the name in the role.
#: 1 once a board named by its trade is a body of members ("real estate board", a town's "board of trade"), a college
#: named by a regulated profession a regulator, a "vice-president of Y" split by the parser keeps Y, and a union
#: local's whole name before a title is the affiliation (the role is then "president" alone).
#: Left: the figures "according to" which sales fell, taken as an unnamed source's words (no body or person gave
#: them a voice); a quote rule, outside this profile round.
WRONG_TODAY = 1


def test_the_batch_of_the_thirtyfourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
