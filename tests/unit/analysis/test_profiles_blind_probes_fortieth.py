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
#: 15 once "Minister of Advanced Education X" is read as a portfolio of two words and a name (Canadian and
#: Commonwealth portfolios after "of"); 9 once a body's head named only by office in the lead ("Y's president said",
#: "its director said") is the person who opens the next paragraph, with the lead's body, and "its" after the words
#: said means their subject; 8 once "Club chief executive X" refers to the club named before; 7 once "ombudsman X"
#: takes the body of "Y's ombudsman" in the paragraph before; 5 once a research council is a state's agency.
#: Left: a professor whose lab is a party to the dispute an analyst (three: "professor" makes an expert, and what the
#: story says of the lab is not read); "a curator who has written on restitution at Y" (no affiliation, `other`);
#: "The group's director" tied to a country named in the paragraph before rather than the group (a rights group the
#: recogniser left untagged, so no body is known to be called a group).
_WRONG_AT_MOST = 5


def test_the_batch_of_the_fortieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
