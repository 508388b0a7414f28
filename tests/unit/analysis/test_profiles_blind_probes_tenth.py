"""Speaker profiles in shapes a tenth round of blind probes (business and politics wire: a central bank decision, a
carmaker's results call, a merger blocked by a competition regulator, a logistics strike, a budget vote, a court ruling
on a drug maker, a credit-rating cut, an oil producers' meeting, a start-up funding round, a trade dispute) found
wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import quote_rows_of
from tests.unit.analysis.profile_probes_tenth import STORIES
from tests.unit.analysis.test_profiles_blind_probes_third import _wrong_in

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 14 blind, before the round's fixes.
_WRONG_AT_MOST = 14


def test_the_batch_of_the_tenth_round_stays_within_its_wrong_count(nlp):
    wrong = [w for paragraphs, gold in STORIES for w in _wrong_in(quote_rows_of(nlp, *paragraphs), gold)]
    assert len(wrong) <= _WRONG_AT_MOST, wrong
