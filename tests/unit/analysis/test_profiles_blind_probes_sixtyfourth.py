"""The whole batch of fictional stories of a sixty-fourth round of blind profile probes (the car industry and electric
vehicles in world and business news: EU tariffs on electric cars imported from China, a Dutch carmaker's delayed plant
and job cuts, a recall announced by a road-safety regulator, the end of an electric-car subsidy, a battery start-up's
supply deal, a Japanese carmaker's electric plan), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtyfourth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 7 of 53 blind. By pattern: a second
#: verb of the same speaker joined by "and" ("said the union would fight ... and called the plan a betrayal", "said it
#: knew of 19 fires ... and urged owners to park outside") found as a second quote the gold does not list (2); "X, a
#: former Y engineer who now advises insurers at Z" tied to Y, where he worked before, not to Z (2); "X, who runs the
#: group's battery unit" tied to nothing, not to the group the story is about (1); "The minister's deputy" tied to
#: nothing, not to the minister's ministry (1); "X, owner of the dealership Y in Setubal" tied to nothing, not to Y (1).
#: 5 of 55 once the gold's slip is mended: a second verb of communication joined by "and" is a second quote of the same
#: speaker (as the long-form batches count it), so the gold now lists both of those quotes.
_WRONG_AT_MOST = 5


def test_the_batch_of_the_sixtyfourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
