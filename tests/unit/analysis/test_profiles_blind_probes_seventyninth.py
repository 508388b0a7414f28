"""The whole batch of fictional stories of a seventy-ninth round of blind profile probes (a state lottery licence
tender and its challenge: the award, a committee hearing, a High Court ruling, a rating agency's review and a US state's
lottery contract protest), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_seventyninth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 17 of 49 blind. By pattern: the
#: regulator "the Gaming and Lotteries Commission said" at the end of the first sentence not found (1), and "The
#: commission said" found under the recogniser's cut name "Lotteries Commission" (missed and extra: 2); "Pellridge said
#: in a statement" kept under the short name, not "Pellridge Gaming" named in the first sentence (missed and extra: 2);
#: "the company said" after a rating agency's review taken as the agency, not the operator whose figures they are
#: (missed and extra: 2); "X, a spokeswoman for the losing bidder" found as an `official` with no body (1); "The
#: operator's chief financial officer, X" tied to the losing bidder named last (1) or to no body (1); a rating agency's
#: senior director and her surname found as `other`, not analysts (2); "Chief Executive X said the company ..." after
#: the company was named with no body (1); "Pellridge Gaming, the losing bidder, told MPs" found as a person, `other`
#: (1); "The committee's chair, X" tied to the commission the sentence before named, not the committee (1); "The
#: lottery's executive director, X" of a US state lottery and his surname found as `other`, not officials (2).
#: Then 15 once a workplace named short after a role ("a senior director at Merriden") is the organisation the article
#: named in full with that word first, whatever the recogniser tagged the word (clipped_workplaces,
#: test_workplaces_named_short.py): the rating agency's senior director is its analyst.
#: Then 14 once a legislature's committee named in lower case ("told parliament's culture, media and sport committee")
#: is the one "The committee's chair, X," chairs (committees_named_untagged, test_committees_named_in_lower_case.py).
#: Then 13 once a name ending in a lottery, betting or casino company's word ("Pellridge Gaming, the losing bidder,
#: told MPs") is an organisation's, whatever the recogniser took it for (names.ORGANISATION_HEADS,
#: test_gambling_company_names.py).
#: Then 12 once a company's short name tagged a place where it owns a company's results ("Larkspire's half-year
#: operating profit fell") is the company named in full with that word first, so "The operator's chief financial
#: officer, X" that follows is its officer (place_tagged_companies, test_companies_taken_for_places.py).
#: Left: the lede's "..., the Gaming and Lotteries Commission said" with "said" parsed as a conjunct of the reported
#: verb, not found (1); "The commission said" and "Pellridge said" after the names the recogniser cut or took for a
#: work ("Gaming" tagged a place before "Lotteries Commission", "Pellridge Gaming's" a work of art), kept under the
#: short names (missed and extra: 4); "the company said" after a rating agency's review taken as the agency that acted
#: last, and so "Chief Executive X" with no body (missed and extra: 2, and 1); "X, a spokeswoman for the losing
#: bidder" found as an `official` with no body (1); "The operator's chief financial officer, X" in the award story
#: tied to the losing bidder named last, though the operator is the winner (1); a US state lottery's executive
#: director and his surname found as `other` (2), the lottery being named only as "the state lottery".
_WRONG_AT_MOST = 12


def test_the_batch_of_the_seventyninth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
