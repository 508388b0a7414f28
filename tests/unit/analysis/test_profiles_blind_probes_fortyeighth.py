"""The whole batch of fictional stories of a forty-eighth round of blind profile probes (competition, antitrust and
technology regulation from the wire, the business pages and the policy press: a competition authority blocking a
merger, a data-protection regulator's fine, a commissioner charging a search giant, a court cutting a fine on appeal, a
senator's bill on app stores), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyeighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 9 of 55 blind, 8 after one gold slip
#: ("Judge X, who presided over the chamber," names no body, so her affiliation is left unchecked).
#: 3 after the round's mends: "X, who heads the authority's mergers unit," paragraphs after the one state body was
#: named is of it (far_regulators), "Its general counsel" after "Y said it … would appeal to the Z Tribunal" is the
#: untagged speaker Y's (spoken_owners), "a former Y official who is now a fellow at Z" is of Z
#: (present_posts.role_now), and "the Irish Council for Digital Rights", cut at "for" by the recogniser, is joined
#: whole (cut_of_names).
#: Left, by pattern: a company whose name ends in "-ly" ("Chatterly, which is based in California, said") is tagged an
#: adverb and missed (1); "X, a senior economist at Y, a consultancy that …, said" parsed with the given name as a
#: preposition is missed (1); "ruling that" is no cue (1).
#: Then 2 once a name that opens the sentence, its given name parsed as a preposition, is the subject of the cue
#: (given_names_read_as_prepositions, test_given_names_read_as_prepositions.py).
_WRONG_AT_MOST = 2


def test_the_batch_of_the_fortyeighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
