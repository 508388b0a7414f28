"""Speaker profiles in shapes a fifteenth round of blind probes (business and politics newswire: a drug maker's
takeover bid, a car plant strike, a bond sell-off, a budget vote, an airline merger, a mining royalty dispute, a court
ruling on an app maker, a sovereign rating cut) found wrong, and the whole batch of fictional stories the round was
run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import quote_rows_of
from tests.unit.analysis.profile_probes_fifteenth import STORIES
from tests.unit.analysis.test_profiles_blind_probes_third import _wrong_in

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 blind, before the round's fixes; 8
#: once two quotes the blind gold had left out were set (see the batch).
_WRONG_AT_MOST = 8


def test_the_batch_of_the_fifteenth_round_stays_within_its_wrong_count(nlp):
    wrong = [w for paragraphs, gold in STORIES for w in _wrong_in(quote_rows_of(nlp, *paragraphs), gold)]
    assert len(wrong) <= _WRONG_AT_MOST, wrong
