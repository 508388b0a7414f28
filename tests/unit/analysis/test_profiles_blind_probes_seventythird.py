"""The whole batch of fictional stories of a seventy-third round of blind profile probes (the days after a disputed
election result abroad told from the wires' foreign desks: a final count under challenge in Mozambique, protests and
the police in Kyrgyzstan, a constitutional court's ruling in Madagascar, an observer mission's report in Bolivia and a
regional bloc's mediation in Sierra Leone), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventythird import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 18 of 48 blind. By pattern:
#: "Madagascar's High Constitutional Court said" and "Bolivia's Supreme Electoral Tribunal said" found without their
#: country, and "The court said" after the first the same (missed and extra: 6); "said X and called on Y" or "said X
#: and urged Y" found as two quotes where the gold has one (extra: 3); "X, head of the bloc's observer mission" found
#: as `other` tied to "bloc's observer mission" (2); "The party said" after "the opposition Ata Birimdik party" found
#: under "party" (missed and extra: 2); "The Economic Community of West African States said" found as "Economic
#: Community" (missed and extra: 2); "U.N. envoy for West Africa X said" found with no speaker, tied to "U.N." (missed
#: and extra: 2); "X, director of the Andes programme at the Whitford Council on the Americas" found as `official` (1).
#: Then 15 of 51 once the gold was set right (not the rules): "said X and called on Y" and "said X and urged Y" hold a
#: second statement by GUIDELINES.md, as the sixth, eighteenth and fiftieth rounds have it (three quotes added).
#: Then 9 once a court or a tribunal the recogniser tagged apart from a country's possessive before it ("Madagascar's"
#: + "High Constitutional Court", "Bolivia's" + "Supreme Electoral Tribunal") speaks under the name with its country,
#: as a department does, and "The court said" after it with it (body_subjects._of_state, test_possessed_courts.py).
#: Then 7 once the name after a title ending in "for" and a place ("U.N. envoy for West Africa X") is a person with
#: the given name kept, the region tagged apart (titles_for_places, test_titles_for_places.py).
#: Then 5 once a bloc the recogniser cut before its "of" ("The Economic Community" + the place "West African
#: States") is one body (cut_of_names, test_blocs_of_states.py). Left: "X, head of the bloc's observer mission" (2),
#: "The party said" (2) and the programme director at a council as `official` (1).
_WRONG_AT_MOST = 5


def test_the_batch_of_the_seventythird_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
