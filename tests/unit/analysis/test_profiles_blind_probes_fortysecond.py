"""The whole batch of fictional stories of a forty-second round of blind profile probes (daily financial markets
reports of the wires and the financial press: a stock-market close, a currency and bond report, an oil and metals
report, a crypto slump, an emerging-markets report, a central-bank-day preview), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortysecond import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 13 of 61 blind; 11 with one gold slip
#: set right after the run (a state's office, "South Korea's Financial Services Commission", keeps the state's
#: possessive, as "China's foreign ministry" does in GUIDELINES).
#: 3 once "X shares sank after the company said" is the company whose shares the sentence is about (traded_shares),
#: "The bank said" right after "Analysts at Y said …" is Y (experts_firms), "Its strategists" after "X raised its
#: forecast" are X's though the recogniser took X for a person (its_own_subjects), "Treasurer X" of no body is an
#: official, and "the bank" whose last namesake is only a quoted expert's employer is the bank that acted before, the
#: central bank of a preview (employers_only).
#: 2 once a title held now before the name ("Monetary Policy Board member X") outweighs a past post after it ("a
#: former Treasury official"; titles_over_past_posts).
#: Left: "according to data from" a tracker taken for an unnamed source (GUIDELINES: data is no speaker, though the
#: train annotation keeps such sources); a trader at a crypto market maker `other` (no traded market in the role).
_WRONG_AT_MOST = 2


def test_the_batch_of_the_fortysecond_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
