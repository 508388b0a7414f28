"""Speaker profiles in shapes a seventh round of blind probes (world news: an African Union mediation, an ASEAN envoy,
wildfires in a state, gang violence in a city, ceasefire monitors; business and politics wire: a central bank's deputy
governor, a mill closing, a regulator's fine and a court case, a debt row in parliament, a drug maker's sale, a state
law blocked by a judge) found wrong, and the whole batch of fictional stories the round was run on, its wrong count
kept in sight."""

from __future__ import annotations

from tests.quoting import quote_rows_of
from tests.unit.analysis.profile_probes_seventh import STORIES
from tests.unit.analysis.test_profiles_blind_probes_third import _wrong_in

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 24 blind, before the round's fixes.
_WRONG_AT_MOST = 24


def test_the_batch_of_the_seventh_round_stays_within_its_wrong_count(nlp):
    wrong = [w for paragraphs, gold in STORIES for w in _wrong_in(quote_rows_of(nlp, *paragraphs), gold)]
    assert len(wrong) <= _WRONG_AT_MOST, wrong
