"""The whole batch of fictional stories of a thirty-sixth round of blind profile probes (trade, sanctions and
commodities news: an anti-dumping case, a trade dispute ruling, export controls on chip tools, an oil producers'
output decision, sanctions on tankers), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtysixth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 of 45 blind; 10 with one gold slip
#: set right after the run (the treasury's sanctions "it accused of" helping a state sell oil: an accusation the body
#: makes, a reported statement). The ten: an under secretary of commerce titled before the name `other` (the
#: recogniser ran the portfolio and the office after it into a company-like name) and a treasury's under secretary
#: set before the name with no role and no body, two quotes each; a directorate general of trade remedies taken for
#: a person titled a general (an unnamed source, the body's quote missed); an importer's chief executive with no
#: affiliation ("of the Pune-based importer Y"); a toolmaker's spokeswoman tied to her country as an `official` (the
#: company's name tagged a person); a chip-tool makers' council's president `official` (a council read as a state's);
#: and a participle after a direct quote ("she said, urging both sides to settle") taken as a quote of its own.
#: 1 once an under secretary, and a secretary of a portfolio written as a title, hold public office (the owner of
#: "the Treasury's Under Secretary for Y, X," gives the body), "General" after "Directorate" ends a body's name, one
#: word makers of goods ("toolmaker") and importers and exporters name a company, and a council named by the goods its
#: members make ("Copper Council") is a trade body.
#: Also mended, for the train set's sake: a public post a "who was" clause gives is a former one.
#: Left: the participle after a direct quote, which GUIDELINES joins to the quote before it (a quote rule, outside this
#: profile round); unscored, the under secretary's role loses its "Under" before the name, and a title with two
#: portfolios ("Under Secretary of Commerce for Industry and Security X") parsed with the name as the object of "for"
#: gives no role.
WRONG_TODAY = 1


def test_the_batch_of_the_thirtysixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
