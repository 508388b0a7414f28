"""Speaker profiles in shapes a ninth round of blind probes (world news in wire and broadcast-site style: a border
clash in Central Asia, Gulf mediation, an India-Indonesia trade deal, a Latin American summit row, a Russia-China
meeting, EU sanctions and NATO air defence, a standoff at sea, killings reported by aid groups, a Caucasus peace text, a
rebel advance in Congo) found wrong, and the whole batch of fictional stories the round was run on, its wrong count
kept in sight."""

from __future__ import annotations

from tests.quoting import quote_rows_of
from tests.unit.analysis.profile_probes_ninth import STORIES
from tests.unit.analysis.test_profiles_blind_probes_third import _wrong_in

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 blind, before the round's fixes.
_WRONG_AT_MOST = 10


def test_the_batch_of_the_ninth_round_stays_within_its_wrong_count(nlp):
    wrong = [w for paragraphs, gold in STORIES for w in _wrong_in(quote_rows_of(nlp, *paragraphs), gold)]
    assert len(wrong) <= _WRONG_AT_MOST, wrong
