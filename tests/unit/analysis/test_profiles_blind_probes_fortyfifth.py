"""The whole batch of fictional stories of a forty-fifth round of blind profile probes (the business of
pharmaceuticals and health care from the wire and the financial and trade press: a drugmaker's results call, a drug
regulator's approval after an advisory panel's vote, a health minister's drug-price plan, a generic maker's patent
fight, a gene-therapy biotech's funding round with an insurer and a hospital group), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyfifth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 12 of 56 blind; 12 of 57 with one gold
#: slip set right after the run (a hospital group that "said it supported lower drug prices but warned that …" makes
#: two statements with two cues, as "said … and warned" was two in the thirty-second round; the extra found for the
#: second is now a gold quote, still misprofiled).
#: 2 after the round's mends: a name set before "a private hospital group" or "a biotech company" is a company
#: (lone_companies), "the ophthalmologist who founded the company" is the company's (referring_words), a "patient
#: network" or a "Foundation for Sight" named by a disease is a charity whose heads are no experts (patient_groups,
#: cut_names), and "… made by X, whose founder and chief executive, Y, said" is Y of X speaking (whose_speakers,
#: whose_owners).
#: 1 once "The company's head of investor relations" after "Helvarin said" is the company that last acted under its
#: clipped, untagged name (clipped_subjects), not a firm whose analysts spoke.
#: 0 once a company officer's bare title ("The finance chief, X, said") gives the firm the story speaks of
#: (bare_company_titles, written for the forty-fourth round's leftover of the same shape).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_fortyfifth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
