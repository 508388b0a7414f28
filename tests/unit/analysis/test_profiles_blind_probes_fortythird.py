"""The whole batch of fictional stories of a forty-third round of blind profile probes (write-ups of think-tank
events, panels, conferences and webinars on world affairs: a security forum's panel on a strait, a webinar on
sanctions, a university's conference on a region, a book launch, a defence conference's keynote, a panel on a
blockade), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortythird import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 23 of 64 blind; 20 of 65 with two gold
#: slips set right after the run (a questioner "who said she was an oil trader" says something, a quote the blind gold
#: left out; an embassy speaking as itself is keyed by the fullest name the article gives it, "Chinese embassy in
#: Washington").
_WRONG_AT_MOST = 20


def test_the_batch_of_the_fortythird_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
