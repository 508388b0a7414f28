"""The whole batch of fictional stories of a fifty-ninth round of blind profile probes (banking, bank supervision and
consumer credit news: a regional bank's quarterly results, a bank supervisor's fine on a mortgage lender, a credit
union's merger, a Senate subcommittee hearing on overdraft fees, rising mortgage arrears), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftyninth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 6 of 46 blind, no gold slip. By
#: pattern: a bank's short name "Blue Ridge" speaking as itself not resolved to "Blue Ridge Bancshares" named before
#: (2); a Senate subcommittee's chairwoman ("Subcommittee Chairwoman") taken for `other`, not an official (2); a chief
#: ombudsman taken for `other`, not an official (2).
#: 2 once a name with "Ombudsman" in it is a state's body, so its chief ombudsman is an official, and "Subcommittee"
#: heads a public body as "Committee" does (state_body_names, organisations). 0 once a company's name after a wire
#: dateline that an apposition describes is tagged (datelined_names) and a bank holding company is called back without
#: its last word, "Bancshares" (body_back_references). Left: none scored; not scored, the chairwoman tied to
#: "Subcommittee" alone and the senator to "Kansas".
_WRONG_AT_MOST = 0


def test_the_batch_of_the_fifty_ninth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
