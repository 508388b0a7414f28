"""The whole batch of fictional stories of an eightieth round of blind profile probes (desert locust swarms crossing
borders and a regional crop emergency: swarms from Somalia in Kenya, Pakistan's emergency and India's help, a Sahel
locust commission and its donors, swarms across the Gulf of Oman from Yemen, and Uganda's soldiers with backpack
sprayers), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_eightieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 5 of 51 blind. By pattern: "X, the
#: agency's senior locust forecasting officer," with no body, where the lede named the Food and Agriculture
#: Organization (1); "Balochistan has been hit hardest. The province's governor, X," with no province (1); "The aid
#: group Grain for Tomorrow said" found as "Grain", the rest of the group's name lost (missed and extra: 2), and "Its
#: country director, X," in the next paragraph tied to "Niamey", the capital that spoke a paragraph before (1).
#: Then 4 once "the agency's" after the one UN agency the article named ("the Food and Agriculture Organization said",
#: now an international body by its full name) is that agency (called_back_agencies,
#: test_international_agencies_called_back.py).
#: Then 1 once a body's untagged name set right after its noun and cut by the parser at a small word ("The aid group
#: Grain for Tomorrow said") speaks under its whole name, and "Its" opening the next paragraph is that body's
#: (body_phrases.small_word_tail and name_apposed_to_body_noun, test_untagged_bodies_named_after_their_noun.py).
#: Then 0 once "the province's governor" with no "X province" in the article serves the place that was the subject of
#: a sentence before in its paragraph ("Balochistan has been hit hardest.") (subject_provinces,
#: test_provinces_named_as_subjects_before.py).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_eightieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
