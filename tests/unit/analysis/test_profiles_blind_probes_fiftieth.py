"""The whole batch of fictional stories of a fiftieth round of blind profile probes (market wraps and currency and bond
reports from the wire and the financial press: an Australian stock-market close, a central bank's rate cut and its
governor's news conference, a housebuilder's profit warning and share slump, a yen and gilts report, a rating agency's
downgrade of a country's debt), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 of 57 blind, 9 of 59 after two gold
#: slips ("after the company warned that …" and "…," said X, adding that …", each a quote the blind gold left out).
_WRONG_AT_MOST = 9


def test_the_batch_of_the_fiftieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
