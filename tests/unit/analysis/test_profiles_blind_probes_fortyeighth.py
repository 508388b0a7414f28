"""The whole batch of fictional stories of a forty-eighth round of blind profile probes (competition, antitrust and
technology regulation from the wire, the business pages and the policy press: a competition authority blocking a
merger, a data-protection regulator's fine, a commissioner charging a search giant, a court cutting a fine on appeal, a
senator's bill on app stores), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyeighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 9 of 55 blind, 8 after one gold slip
#: ("Judge X, who presided over the chamber," names no body, so her affiliation is left unchecked).
#: Left, by pattern: "Its general counsel" after "Y said it … would appeal to the Z Tribunal" goes to the last body
#: named, not to the subject (1); "X, who heads the authority's mergers unit," is neither an official nor of the
#: authority (1); "X, a senior economist at Y, a consultancy that …, said" is missed (1); "a former Y official who is
#: now a fellow at Z" is of Y (1); "Chatterly, which is based in California, said" is missed (1); "the Irish Council for
#: Digital Rights" is cut at "for" (2); "ruling that" is no cue (1).
_WRONG_AT_MOST = 8


def test_the_batch_of_the_fortyeighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
