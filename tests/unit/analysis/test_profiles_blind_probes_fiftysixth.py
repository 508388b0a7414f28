"""The whole batch of fictional stories of a fifty-sixth round of blind profile probes (automotive and electric-vehicle
industry news: a carmaker's results and a plant closure, an electric-car subsidy cut, a recall ordered by a safety
regulator, a battery plant deal, monthly car sales), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftysixth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 3 of 48 blind, no gold slip. By
#: pattern: a regulator's head met as "Administrator Helen Marchetti" (the title alone, the agency named before) taken
#: for `other`, not an official (2); "Federal safety regulators ordered Corvane Automotive to recall ..." read as an
#: unnamed quote, though an order to recall is an act, not a statement (1). 0 once the capitalised title
#: "Administrator" alone before a name, tied to no body, is a public agency's head (agency_administrators) and a
#: carmaker ordered to recall things counted calls them back (recallers). Left, unscored by this harness: a dealer "who
#: runs three dealerships in the Midlands" tied to the place "Midlands" (the fallback to a place named in the
#: description, which suits officials of a state, gives one to a private person too).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_fifty_sixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
