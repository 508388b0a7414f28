"""The whole batch of fictional stories of a fifty-fifth round of blind profile probes (construction, infrastructure
and public-works news: a transit megaproject's cost overrun, a bridge closed after an inspection, a builder's results,
a construction union's safety campaign, a public-private partnership for a hospital), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftyfifth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 6 of 44 blind; one gold slip (the
#: ministry's engineers who "had warned" inside what a report found are an unnamed group: added), 5 of 45 after it. By
#: pattern: a title met before the person's name ("the province's auditor general said" in the lead, Miriam
#: Castellano named in the next paragraph) left unnamed, not resolved to the name (2); "after the builder warned
#: that ..." inside a sentence about the shares missed (1); "the local health authority said" in the lead kept as the
#: speaker "local health authority", not resolved to "Northvale Health Authority" named in the next paragraph (2).
#: 3 once a state's office one person holds, which a lead names by the place that owns it ("the province's auditor
#: general said"), is the holder the next paragraph names with the same title (lead_roles_named_later). Left, by
#: pattern: "after the builder warned that ..." missed (1); "the local health authority said" in the lead not resolved
#: to the authority named in the next paragraph (2). 1 once a lede that places a body ("the local health authority
#: said") is the body the next paragraph opens with, when that name holds the lede's noun (lede_descriptions). Left:
#: "after the builder warned that ..." missed (1; "builder" as a company's noun would make a builder who is a person
#: an institution).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_fifty_fifth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
