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
#: 6 once a state's former envoy who now works elsewhere speaks for where they work now (present_posts.works_now).
#: 5 once a title opened by a word of rank ("Principal Secretary", "Permanent Representative") is no organisation
#: (opened_titles).
#: 1 once a mission seated in a city keeps the city and no clause after it, and "the embassy" after it is that
#: embassy with its city (seated_missions.seat).
#: 0 once a text of law ("a law claiming", "the treaty says") reports no speech (polled_findings). Nothing left the
#: harness counts. Not counted (it takes an affiliation that is part of the gold's): "Its ambassador" after
#: "Malaysia's mission to the United Nations" is still tied to "United Nations", the body he is sent to.
_WRONG_AT_MOST = 0


def test_the_batch_of_the_sixtysecond_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
