"""The whole batch of fictional stories of a thirty-seventh round of blind profile probes (energy and climate news: a
climate summit's closing night, an oil producers' group extending its cuts, a state inquiry into a blackout, a nuclear
plant's life extension, an offshore wind auction), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 of 45 blind; 9 with one gold slip
#: set right after the run (the plant manager's affiliation written as the operator his quote names, "X said the
#: operator, Y, would …", where the article ties him to no body: empty). The nine: a state oil company's "group chief
#: executive" taken for an official of the producers' group named the paragraph before ("group" read as pointing back
#: to it); "Independent System Operator" cut to "Operator" (the recogniser ends the name before it); a country manager
#: "at the Danish developer Y" tied to Denmark (the company's name tagged a person's); a bare "she said" after a lead
#: negotiator's paragraph given to the summit's president named two paragraphs before, a woman by a pronoun, as the
#: negotiator's given name tells no gender (missed and extra); a summit president's second quote tied to her summit
#: ("COP33") rather than the country whose minister the same paragraph calls her; a policy lead at a "Climate Finance
#: Lab" `other`; and "agreed a deal … that would triple …", a relative clause the parser hangs on the verb, taken for
#: what an unnamed group said.
#: 3 once "Operator" ends a grid operator's name, a name after the trade noun of a workplace one is "at" is the
#: company, "group" before a title whose own words name a company points back to no group, and a bare pronoun right
#: after a paragraph whose last main subject spoke is that speaker (also the seventh round's "he" after a minister).
#: Also mended, unscored here: "COP41 President X" alone is an official (a numbered climate conference is the
#: states' own).
#: Left: the summit president's second quote tied to "COP33" (one affiliation a person, the first one found); the
#: policy lead at a "Lab" (a lab is a company's name as often as a research body's: "X Lab" executives would turn
#: analysts); and the relative clause taken for a quote (a quote rule, outside this profile round).
WRONG_TODAY = 3


def test_the_batch_of_the_thirtyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
