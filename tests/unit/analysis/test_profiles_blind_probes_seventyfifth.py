"""The whole batch of fictional stories of a seventy-fifth round of blind profile probes (food safety, recalls and food
regulators: salmonella in frozen chicken in Britain, listeria in deli meats in the United States, an import ban on a
Danish dairy's infant formula in Vietnam, hepatitis A in frozen berries in Australia and pickles that sickened 104
people in Japan), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventyfifth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 3 of 49 blind. By pattern: "The
#: regulator's chief scientist, Dr. X" after "The Trans-Tasman Food Authority said" found as an `analyst` with no body,
#: and her surname alone later the same (2); "X, deputy director of the ministry's import department" tied to
#: "ministry's import department", not to "Vietnam's trade ministry" named before (1).
#: Then still 3, but the chief scientist is tied to the authority: an untagged subject keeps the words a hyphen joins,
#: and "the regulator's" counts such a state body (far_regulators, missed_names, test_regulators_named_untagged.py).
#: Then 1 once a chief scientist of a state's body is an official, as "the state epidemiologist" is (sciences,
#: test_chief_scientists_of_state_bodies.py).
#: Then 0 once "the ministry's" paragraphs after the one ministry the article described speaking is that ministry,
#: however far back it spoke (far_ministries, test_far_ministries.py).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_seventyfifth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
