"""The whole batch of fictional stories of a thirty-eighth round of blind profile probes (defence and security news: a
fighter purchase, a naval exercise, an alliance's ministers' meeting, shots at a border fence, a cyberattack on a
rail operator), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyeighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 16 of 46 blind; 14 with one gold slip
#: set right after the run (a neighbour's border committee speaking as itself written without the possessive of its
#: state, "Belarus's State Border Committee said", which GUIDELINES keeps as the article gives it, "China's foreign
#: ministry": missed and extra). The fourteen: a brigadier general "head of the Y's Z Directorate" `other` (the rank
#: before the name lost to the apposition's "head"); "Retired Maj. Gen. X, who now teaches at Y," an official (twice;
#: "Retired" alone, with no other body, is taken for his); a defence attaché `other`; a security firm's head of threat
#: intelligence `other` (twice); the director of a state's "Centre for Defence Investment" an analyst (a centre typed a
#: research body); "the agency said" after that centre was called "the agency" given to the fighter maker named last
#: (missed and extra); a fighter maker's "vice president for international business" tied to "international business";
#: "The rail operator Y said", Y tagged a product, given to a security firm named before (missed and extra); a programme
#: director at a "Council for Strategic Affairs" an official (twice).
#: 4 once a rank before the name makes a serving officer of a post in a command that no company's role is, "Retired"
#: opens a title as "Acting" does, "attaché" is a role of public office, "threat intelligence" and "threat research" are
#: an expert's functions, a centre named by a task only a state performs and by no word of study is a state's, a company
#: named right after the noun of its trade is the body that speaks whatever it was tagged, and "business" after "for" or
#: "of" with no determiner or owner is a field of work, no body.
#: 2 once "the agency said" after a centre called "the agency" in an apposition is that centre, not the maker named
#: since (tied_descriptions.py; profileleft39b). Left: the programme director at a "Council for Strategic Affairs" (a
#: council is a state's by its name as often as a think tank's: "European Council", "Security Council"; twice).
WRONG_TODAY = 2


def test_the_batch_of_the_thirtyeighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
