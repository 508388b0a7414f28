"""The whole batch of fictional stories of a sixty-second round of blind profile probes (diplomats and the diplomatic
corps in world news: a Security Council session on a clash at sea, a chargé d'affaires summoned, peace talks with
envoys, a foreign ministry briefing, an ambassador recalled, an embassy's closed visa section), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtysecond import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 8 of 52 blind. By pattern: "the
#: embassy said" after "The U.S. embassy in Nairobi" kept without its city (2); "Britain's High Commission in Nairobi,
#: which uses ..., said" kept as a speaker with its relative clause (2); "Kenya's former ambassador to Washington who
#: now heads Y" an official of Kenya, not an analyst at Y (2); "Kenya's Principal Secretary for Foreign Affairs" an
#: executive of "Principal" (1); "a law claiming" a strip of sea an unnamed source (1).
_WRONG_AT_MOST = 8


def test_the_batch_of_the_sixtysecond_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
