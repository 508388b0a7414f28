from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 4 of 49 blind. By pattern: "The agency
#: said" after "Canada's drug regulator, the X Board, approved a drug made by the drugmaker Y" said by Y, the body
#: named last, not the regulator (2); "X, a former regulator now at the consultancy Y" found as `official` (1); "The
#: factory's owner, the vaccine maker Y, said" found as `other`, not Y as itself (1).
#: 1 once "the agency" after a public body and a company described by its trade is the public body (named_last), "the
#: <field> maker Y" set off after a noun is a company speaking as itself (trade_led_names) and "a former regulator" is
#: a post held, no body (described_bodies).
#: Left by pattern: "X, a former regulator now at the consultancy Y, said" with Y tagged a person's name and hung on X
#: apart from "at the consultancy", found with no affiliation (1).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_sixtyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
