"""The whole batch of fictional stories of a seventy-second round of blind profile probes (brewers, distillers,
alcohol excise taxes and health warning labels: a brewer's results, a health ministry's cancer warning labels, a tariff
row over American whiskey, a beer excise rise in Australia, a distiller's results and a beer tax rise in Thailand), its
wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventysecond import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 8 of 56 blind. By pattern: "Chief
#: Executive X told analysts on a conference call that ..." found as `institution` (1), and "X said" under his surname
#: later found as `institution` under the surname alone (missed and extra: 2); "Treasurer X said" found under
#: "Treasurer X" as `other` (missed and extra: 2); "The council's chief executive, X" after "The Australian Beer Makers
#: Council said" found as `official` (1); "Thailand's Excise Department said" found as "Excise Department" without its
#: country (missed and extra: 2).
#: Then 5 once a capitalised officer's title ("Chief Executive", "Chief Financial Officer") before a given name opens a
#: person whose joined surname the recogniser tagged an organisation (officer_titles, given_before_hyphen).
#: Then 3 once "Treasurer" is a title (names.TITLES), cut off a name the recogniser tagged with it ("Treasurer
#: Brigid").
#: Then 2 once a council named by the makers it speaks for or by their drink ("Beer Makers Council", "Brewers
#: Council", "Whisky Council") is a business lobby (business_lobbies), whose chief executive is `other`.
#: Then 0 once a department the recogniser tagged apart from a country's possessive before it ("Thailand's" + "Excise
#: Department") speaks under the name with its country, as a state's office or agency does (body_subjects._of_state).
#: Left: none.
_WRONG_AT_MOST = 0


def test_the_batch_of_the_seventysecond_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
