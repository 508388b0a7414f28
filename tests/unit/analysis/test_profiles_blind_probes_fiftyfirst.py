"""The whole batch of fictional stories of a fifty-first round of blind profile probes (higher education and
universities: a state university's budget cuts, a study of student debt, a campus protest, foreign students and visa
rules, a college sports scandal), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftyfirst import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 21 of 56 blind, 18 of 53 after three
#: gold slips (a second quoted sentence after "X said." is the same quote). By pattern: a university's president,
#: chancellor, athletic director and spokeswoman and a conference's commissioner taken for officials (9); a campus
#: police chief taken for an analyst of the university (3); "the conference said in a statement" after the conference
#: was named left unnamed (2); "Universities UK" cut to "UK" (2); "according to a study released by researchers at Y"
#: and "according to state figures" taken for quotes (2).
#: 7 after the round's mend: a university's or college's president, chancellor, provost, athletic director and
#: spokespeople speak for it and are `other`, and the officers of its police are officials (campus_voices), and a
#: lead's body decides the kind that an office with no body gave its holder named next ("President X" of the lead's
#: university, lead_roles_named_later). Left, by pattern: "the conference said in a statement" after the conference
#: was named left unnamed, and its "Commissioner X" with no body named taken for an official (3); "Universities UK"
#: cut to "UK" (2); "according to a study released by researchers at Y" and "according to state figures" taken for
#: quotes, though a study and figures are documents, no speakers (2).
#: 5 after "the conference" was read as the athletic conference named before, which the recogniser tags an event
#: (kind_cued_bodies). Left: "Commissioner X" of the conference with no body named taken for an official (1);
#: "Universities UK" cut to "UK" (2); "according to a study released by …" and "according to state figures" (2).
_WRONG_AT_MOST = 5


def test_the_batch_of_the_fifty_first_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
