"""The whole batch of fictional stories of a fifty-second round of blind profile probes (insurance, reinsurance,
pensions and disaster losses: a reinsurer's results after a hurricane season, a fight over homeowners' rates, a
pension fund's funding gap, a flood insurance scheme's reform, a claims fraud trial, a hailstorm's insured losses),
its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftysecond import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 of 60 blind, no gold slip. By
#: pattern: "Assistant U.S. Attorney X" read as an `other` of "Assistant U.S." (2); a consulting actuary named "a
#: principal and consulting actuary at Y" taken for an executive (`other`) by the first of the two nouns (2); a
#: pension fund's chief investment officer speaking for the fund taken for an analyst (2); an insurer's spokeswoman
#: ("Its spokeswoman, X," after "Garden State Auto Insurance") taken for an official (1); "Palmetto Mutual said"
#: keyed by the short name, not the fullest the article gives (2, a miss and an extra); "…, Y, a catastrophe-modelling
#: firm, said in an estimate" missed (1); "according to an actuarial report" taken for an unnamed quote (1).
#: 5 after the round's mends: "Assistant U.S. Attorney X" is an official (local_offices), a company whose name
#: carries "State" is a business by its last word (state_named_businesses), an actuary is an expert and an actuarial
#: firm a consultancy, and a participle that dates the writing a closing cue was said in ("said in an estimate released
#: last week") leaves the cue reporting the clause before it (dated_writings). Left, by pattern: a pension fund's chief
#: investment officer speaking for the fund taken for an analyst (2); "Palmetto Mutual said" keyed by the short name
#: (2); "according to an actuarial report" taken for an unnamed quote (1). 3 after "Palmetto Mutual said" is keyed by
#: the full name the page dropped "Insurance Company" from (body_back_references, 2). Left, by pattern: a pension
#: fund's chief investment officer taken for an analyst (2); "according to an actuarial report" (1). Not counted, as
#: the gold leaves the affiliation empty: "State" of "State Rep. X" given as a body ("HAMILTON" of "HAMILTON, Bermuda
#: --" given as the body of "Chief Executive X" is mended: a territory after the city makes a dateline, territories).
_WRONG_AT_MOST = 3


def test_the_batch_of_the_fifty_second_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
