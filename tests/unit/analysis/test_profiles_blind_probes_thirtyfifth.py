"""The whole batch of fictional stories of a thirty-fifth round of blind profile probes (health, science and
technology news: an outbreak, a drug approval, an AI chip, a space launch, a climate report), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyfifth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 6 of 45 blind; 5 with one gold slip
#: set right after the run (the FDA commissioner's affiliation written "FDA" where the article names the body whole).
#: The five: a province's chief medical officer of health taken for a company's officer (`other`), a trial's
#: principal investigator "and a neurologist at Y" `other` with no affiliation, a laboratory director "at Y, a
#: government research institute" `other` with no affiliation, and a glaciologist at ETH Zurich, the report's lead
#: author, `other` twice.
#: 0 once scientists named by their field (glaciologist, epidemiologist, ...) and the leads of a study (principal
#: investigator, lead author) are analysts, an office of public health (chief medical officer of health) is public,
#: a second description joined by "and a neurologist at Y" gives the workplace, and a lab named with a gerund noun
#: ("machine learning laboratory", read by the parser as a verb) keeps the institute it sits at.
#: Also mended, unscored by this harness (which takes an affiliation inside the gold's as right): "NASA Administrator
#: X" and "FAA Administrator X" (the title tagged inside the agency's name) are tied to the agency, the role
#: "Administrator".
#: Left, unscored: the hospital cut to "St. Brendan" (the recogniser splits "St. Brendan's" from "Regional
#: Hospital"); "who covers pharmaceutical companies as an analyst at Y" gets no role; a postdoctoral researcher named
#: with no body takes the co-author's university named the paragraph before.
WRONG_TODAY = 0


def test_the_batch_of_the_thirtyfifth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
