"""Speaker profiles in shapes a sixth round of blind probes (world news: a ceasefire, an election abroad, floods in a
province, a foreign ministry's briefing; business and politics wire: a merger, an antitrust case, a central bank, a
pilots' strike) found wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import quote_rows_of
from tests.unit.analysis.profile_probes_sixth import STORIES
from tests.unit.analysis.test_profiles_blind_probes_third import _wrong_in

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 before the round's fixes.
_WRONG_AT_MOST = 11


def test_the_batch_of_the_sixth_round_stays_within_its_wrong_count(nlp):
    wrong = [w for paragraphs, gold in STORIES for w in _wrong_in(quote_rows_of(nlp, *paragraphs), gold)]
    assert len(wrong) <= _WRONG_AT_MOST, wrong
