"""The whole batch of fictional stories of a seventy-first round of blind profile probes (semiconductors, chip plants
and export controls: a chipmaker's new plant and its grants, a trade ministry's export rule on chipmaking tools,
smuggled chips charged by a customs agency, a chip designer's earnings under export curbs, a delayed chip plant, a
memory chipmaker's results and its waiver for a plant in China), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventyfirst import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 8 of 53 blind. By pattern: "Chipmaker X
#: said on Monday it would ..." found under "Chipmaker X" with the trade noun kept (missed and extra: 4, in two
#: stories); "Kuroshima Precision, a maker of wafer-cleaning tools that earns about a third of its sales in China, said"
#: found as `other` (1) and "Its chief financial officer, X" after it with no affiliation (1); "The agency's
#: director-general, X" after "Singapore Customs said" found as `other` with no affiliation (1); "Under Secretary for
#: Industry and Security X" found as `other` (1).
#: Then 0 once a capitalised maker word where a wire's words start is no word of the company's name and an untagged
#: name after it is an organisation (untagged_names, maker_led_companies), a name set beside "a maker of" goods is a
#: company's (makers.makes_goods in names.trade_of_company), a customs service named by its state is a state's body
#: (customs_services) and a capitalised "Under Secretary for X and Y" the parser hung on "Under" is the role
#: (under_opened_titles). Left: none.
_WRONG_AT_MOST = 0


def test_the_batch_of_the_seventyfirst_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
