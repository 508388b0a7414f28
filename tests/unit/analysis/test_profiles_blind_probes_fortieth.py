"""The whole batch of fictional stories of a fortieth round of blind profile probes (institutions outside government:
a university's funding fight, a research council's grants, a league's labour talks, an Olympic bid, a museum's
restitution, a broadcaster's ombudsman, a charity and a food bank, a rights group and a UN rapporteur, a club's sale, a
teaching assistants' strike), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 28 of 68 blind; 28 of 69 with one gold
#: slip set right after the run (a professor "said her team would appeal the decision and had asked the council to
#: publish" its scores: "ask" is a cue of its own, two quotes by GUIDELINES; extra before, misprofiled now).
#: 20 once a national Olympic committee and a league are bodies of sport (no state's), a league's commissioner holds
#: no public office, a food bank is a charity (no bank) and a business school a school (no business lobby).
#: 17 once a title of office before a name ("Its president, X,", "Union president X,") outweighs a trade after it
#: that ties the person to no body ("a professor of history", "a doctoral student").
#: Left: a university's and a museum's heads named only after a lead that says "Y's president said" or "its director
#: said" (the person is not carried back, missed and extra twice, and the body not carried forward to "who has led the
#: university", "Director X"); "Minister of Advanced Education X" (the recogniser finds no person in the name after a
#: two-word portfolio: missed and extra); a state research council's chief executive an analyst ("Research Council"
#: reads as a think tank's name; the story calls it a government agency); a professor whose lab is a party to the
#: dispute an analyst (three: "professor" makes an expert, and what the story says of the lab is not read); "a curator
#: who has written on restitution at Y" (no affiliation, `other`); a broadcaster's ombudsman and a club's chief
#: executive whose body the lead named ("ombudsman X", "Club chief executive X": no affiliation); "The group's
#: director" tied to a country named in the paragraph before rather than the group.
_WRONG_AT_MOST = 17


def test_the_batch_of_the_fortieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
