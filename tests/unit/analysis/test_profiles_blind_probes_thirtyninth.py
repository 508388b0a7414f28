"""The whole batch of fictional stories of a thirty-ninth round of blind profile probes (elections around the world: a
parliamentary result announced by a commission, a presidential runoff, a court rejecting a challenge, a vote under
observers, a runoff winner declared by a tribunal), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyninth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 13 of 45 blind; 12 of 46 with one gold
#: slip set right after the run (an observer mission's head "said the vote had been clean and urged both sides to
#: respect the result": "urge" is a cue of its own, two quotes by GUIDELINES; extra). The twelve: a ruling party's
#: secretary general an official of "ruling party"; a constitutional court's president tied to the state (the
#: recogniser tagged the court a person); an opposition party's leader `other` (twice: the party's name ends in
#: "Union"); "A coalition of 40 civil society groups, the Y, said" given to "coalition" (missed and extra); its
#: coordinator ("Its coordinator") tied to the African Union named before and made an official; "Y, a network of 23
#: civic groups, said" taken for a person (`other` of "civic groups"); an observer's "said her team had seen X but had
#: noted that Y" split in two (extra); a senator called "the defeated candidate" first `other`; "conceded defeat" taken
#: for a quote (extra); a pollster's director with no affiliation ("director of the pollster Y", Y taken for a person
#: the noun "pollster" described).
#: 4 once a network, coalition or alliance of groups speaks as itself, a body named after its members is the speaker
#: and "its" after it is that body's, a title of public office before a candidate's name makes an official (not after
#: "former"), a firm named after a trade a person plies too is the workplace after "of", "at" or "with", and a name
#: after "the opposition" or "the ruling" is a party's.
#: Left: the secretary general of "the ruling party" (the back-reference to the party named before is not resolved,
#: and a party's secretary general is an official when the party is known, as a party's leader is); the court tagged a
#: person by the recogniser; the observer's nested "had noted that" (PolNeAR counts nested sources, so a rule that
#: folds them into the outer quote needs train's word); "conceded defeat" (a speech act with no words said).
_WRONG_AT_MOST = 4


def test_the_batch_of_the_thirtyninth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
