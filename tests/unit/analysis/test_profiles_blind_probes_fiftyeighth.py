"""The whole batch of fictional stories of a fifty-eighth round of blind profile probes (environment, parks and
conservation news: a national park closed after a wildfire, a fisheries quota cut, an endangered-species listing, a
wildlife charity founded by a former schoolteacher, a pollution fine on a water company), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftyeighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 13 of 45 blind, no gold slip. By
#: pattern: a national park's superintendent taken for `other`, not an official (3); the title "Ranger" kept in the
#: speaker's name, both his quotes missed and found under "Ranger Tomas Delgado" (4); a department's name "Department
#: of Fisheries and Marine Resources" cut at "and" (2); an organisation named "Friends of the Wendle" read as an unnamed
#: group (2); a speaker tied to a body only by "The charity's" or "Its" before the title given no affiliation (2).
#: 10 once a capitalised "Friends of" a named place or thing is a body's own name (friends_groups), which speaks as
#: itself and owns "Its chairman" in the next sentence. Left: the superintendent (3), the title "Ranger" (4), the
#: department's name cut at "and" (2), "The charity's head vet" given no affiliation (1).
#: 7 once a name ending "National Park", "State Forest" or "Wildlife Refuge" is a state's body (public_lands), so its
#: superintendent is an official. 3 once "Ranger" is a title before a name, no part of it, and a ranger an official
#: (title_words, kinds). Left: the department's name cut at "and" (2), "The charity's head vet" given no affiliation
#: (1).
_WRONG_AT_MOST = 3


def test_the_batch_of_the_fifty_eighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
