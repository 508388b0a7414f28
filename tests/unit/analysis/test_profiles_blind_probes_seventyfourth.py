"""The whole batch of fictional stories of a seventy-fourth round of blind profile probes (sovereign debt restructuring,
IMF programmes and bondholders as the wires, the financial press and emerging-markets newsletters write them: a bond
deal in Zambia, an IMF review in Ecuador, official creditors in Ethiopia, a strike against austerity in Ghana and an
oil-linked bond offer in Suriname), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventyfourth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 4 of 53 blind. By pattern: "The
#: Fund's mission chief for Zambia, X" found as `analyst` (1); "The lender's resident representative in Quito, X"
#: found as `other` (1); "The National Bank of Ethiopia's governor, X" found as an `institution` with no affiliation
#: (1); "X, who heads the committee of bondholders" after the committee was named found with no affiliation (1).
#: Then 3 once a name set off after a title with an owner's possessive that ends a body's name ("The National Bank of
#: Ethiopia's governor, X,") is the post holder with the title and the body (set_off_people.person_after_owned_post,
#: owner_split_titles, test_owned_posts_before_names.py).
#: Then 2 once "resident" before "representative" describes the post, no resident of a town (role_adjectives,
#: test_resident_posts.py).
#: Then 1 once a capitalised last word of a body's name ("The Fund's" after the International Monetary Fund) stands
#: for the one body of the article whose name ends with it (head_word_names, test_head_word_names.py).
#: Then 0 once "the committee (of bondholders)" a person heads means the committee named before, and a committee of
#: bondholders is a body of private creditors, no state's (holders_committees, business_lobbies,
#: test_holders_committees.py).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_seventyfourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
