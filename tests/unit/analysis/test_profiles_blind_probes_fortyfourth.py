"""The whole batch of fictional stories of a forty-fourth round of blind profile probes (transport news from the wire
and the trade press: an airline's results and jet order, an accident board's preliminary report, a rail operator's
punctuality figures, a port's congestion, a regulator's grounding of a carrier's jets, an airline association's
forecast), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyfourth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 16 of 64 blind; 15 of 65 with one gold
#: slip set right after the run (spot rates "according to Harborline Analytics" are the firm speaking as itself, an
#: `institution`, as "according to the Fed" was in the fourth round).
#: 9 once a name the recogniser took for a person is a company when set beside a company's noun ("The airline, X,
#: said", "the rail operator X said"; lone_companies, which also gives "Its chief operating officer" and "the
#: operator's head of infrastructure" their body), an analyst "who follows the industry for the rating agency Y" or
#: "who tracks freight rates at Y" works there (works_at) and a chief commercial officer is a company's officer, no
#: analyst of a firm whose name sounds of finance (kinds).
#: 7 once one "who represents the lock keepers for the Y Union" is the union's (works_at), a role owned by "the
#: regulator" is an official's (kinds), and "who heads the Brazilian low-cost carrier X" is X's, not the modified
#: noun's (described_bodies).
#: 4 once "One of the airline's biggest lessors, X Capital, said" is the lessor speaking as itself (named_speakers)
#: and "Its chief economist" after a paragraph in which only the association's director general spoke is the
#: association's (meant_organisations).
#: 3 once a company officer's title before a name takes the one company the article named, however far back, when no
#: organisation was named since (far_companies, test_bare_company_roles).
#: Left: "said in a
#: note to customers that boxes bound for …" (the parser made "that" the subject of "boxes", read as a verb); "who
#: tracks freight rates at the Copenhagen-based consultancy", a firm named before only by "according to"; "The
#: regulator's chief" tied to no body (the regulator was named by no name, the directorate that spoke by no
#: "regulator").
#: 2 as found by a later count (no mend of this batch's own): "The regulator's chief" is now tied to the body.
_WRONG_AT_MOST = 2


def test_the_batch_of_the_fortyfourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
