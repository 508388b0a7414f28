"""The whole batch of fictional stories of a sixty-eighth round of blind profile probes (the arms industry and defence
procurement: a defence group's results, a frigate order, an inquiry into late armoured carriers, a missile sale held
up by export controls, an order of trainer jets, a howitzer order), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtyeighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 7 of 50 blind. By pattern: "Defence
#: Minister X said" after "Norway will buy six frigates from the shipbuilder Y" found as `other` (2); "X, a naval
#: analyst at the Oslo think tank Y, said" with the speaker run on to the think tank, an institution (missed and extra:
#: 2); "A spokesman for Y Defence, X, said" found as `official` with no affiliation (1); "Piotr X-Y, a defence analyst
#: at the Warsaw think tank Z" found as "X-Y", the given name dropped (missed and extra: 2).
#: 0 once a phrase hung on the name across its cue ("said on Monday, the largest order in …") is no description of it
#: (split_names), "the South Korean maker Y" makes a company of Y wherever it is named (makers), "think tank" read as a
#: clause with the person its subject is mended (mended_subjects), and a known given name before a joined surname tagged
#: an organisation and set off by ", a defence analyst" is the person's (given_before_hyphen).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_sixtyeighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
