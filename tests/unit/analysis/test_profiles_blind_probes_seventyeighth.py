"""The whole batch of fictional stories of a seventy-eighth round of blind profile probes (disputed constitutional
referendums abroad and the outside world's answer: Chad's referendum commission and its critics, foreign capitals on
Tajikistan's vote, a regional bloc's envoy in Guinea, a crackdown in Togo and Congo Republic's president after his
vote), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventyeighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 of 46 blind. By pattern: "the
#: bloc's special envoy said she had come ..." found as an unnamed source, not the envoy the next paragraph names
#: (missed and extra: 2), and the envoy by her surname later found as an `analyst` tied to Liberia, from "a former
#: Liberian foreign minister" in the naming paragraph (1); "The mission's head, X, a former Gabonese justice minister,"
#: found as an `analyst` tied to Gabon, not the official of the bloc whose observer mission it is (1); "Congo
#: Republic's President X said" and his "he said" found as `other` (2); "The Central African Concord said in a
#: statement" found as a person, `other` (1); "Accra said" found as `other`, where "Tashkent said" and "Dakar said" are
#: institutions (1); "Abuja's envoy to the bloc, X" tied to "Abuja", not Nigeria (1); "Opposition leader X, whose Y
#: campaigned for a no vote" with no party (1); "X, secretary general of the ruling Y" found as `official` (1).
#: Then 10 once a capital alone that speaks, untagged or tagged a person ("Accra said"), is its government speaking as
#: itself (capital_speakers, test_capitals_speaking_alone.py).
#: Then 9 once "Abuja's envoy to the bloc, X" serves Nigeria also where the recogniser tagged the capital an
#: organisation (affiliations.organisation_at, test_capital_envoys_tagged_bodies.py).
#: Then 7 once a state's long name the wires write ("Congo Republic's President X") is the state its short name is
#: (small_states.SMALL_STATE_LONG_NAMES, test_state_long_names.py).
#: Still 7 once a role held now that a name is set off after ("The mission's head, X, a former Gabonese justice
#: minister,") outweighs the past post after the name (set_off_offices, test_set_off_offices_over_past_posts.py): the
#: mission's head is no longer an expert tied to Gabon, but her bloc, "Central African Concord", is found as no body.
#: Then 6 once a party's secretary general holds no office by that post and speaks as `other`, as its press
#: spokesperson does (party_secretaries, test_party_secretaries_general.py).
#: Left: "the bloc's special envoy said she ..." with the envoy named only in the next paragraph, which quotes nobody
#: ("X, a former Liberian foreign minister, was named to the post last month by ..."), and her later quotes as an
#: expert tied to Liberia (3); "Opposition leader X, whose Y campaigned ..." with no party, the parser making X the
#: subject of the clause's verb (1); "The Central African Concord said", the recogniser tagging only "Central
#: African", found as a person, and the head of its mission with no body (2).
#: Then 5 once a name written right after "the" ("The Central African Concord said"), found as a person with no body,
#: is the body speaking as itself (bodies_after_the, test_bodies_after_the.py); the head of its mission still has no
#: body.
_WRONG_AT_MOST = 5


def test_the_batch_of_the_seventyeighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
