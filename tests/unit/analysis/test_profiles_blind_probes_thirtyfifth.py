"""The whole batch of fictional stories of a thirty-fifth round of blind profile probes (health, science and
technology news: an outbreak, a drug approval, an AI chip, a space launch, a climate report), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtyfifth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): to be counted blind.
WRONG_TODAY = 45


def test_the_batch_of_the_thirtyfifth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
