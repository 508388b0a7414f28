"""The whole batch of fictional stories of a fiftieth round of blind profile probes (market wraps and currency and bond
reports from the wire and the financial press: an Australian stock-market close, a central bank's rate cut and its
governor's news conference, a housebuilder's profit warning and share slump, a yen and gilts report, a rating agency's
downgrade of a country's debt), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 of 57 blind, 9 of 59 after two gold
#: slips ("after the company warned that …" and "…," said X, adding that …", each a quote the blind gold left out).
#: 1 after the round's mends: a dateline whose place has two words ("SAN LORENZO, Maravia --") is a dateline, and the
#: body the parse joins to its country is the speaker (marks, datelined); "Clare" is a given name, so "Deputy Governor
#: Clare X" is a person of the bank before her title (given_names); "Its spokesman" after "Y's finance ministry said" is
#: the ministry's, not a bank's named the sentence before (spoken_owners); "Y's central bank said" is neither a lender
#: named before nor Y when the recogniser tags Y an organisation (central_banks); "Chief executive X, on the same call,
#: said" is of the company of the finance chief who spoke last (last_speakers_company); "Economists at Y expect …, they
#: wrote" is that group (reported_groups). Left, by pattern: a participle of a cue with a noun of speech as its object
#: and no content ("said, repeating language that has preceded intervention") is taken for a second quote (1); the
#: corpora count such noun objects of "repeat" and "reiterate" as what was said ("repeated his contention that …"), so
#: it was left alone.
_WRONG_AT_MOST = 1


def test_the_batch_of_the_fiftieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
