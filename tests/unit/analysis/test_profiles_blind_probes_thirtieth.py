"""The whole batch of fictional stories of a thirtieth round of blind profile probes (European parliamentary and EU
politics stories, wire and long-form: a packaging law in the European Parliament, a Danish coalition quarrel, a
German constitutional ruling on the debt brake, a euro-area rate decision, a competition fine, a Belgian caretaker
government), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_thirtieth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 14 of 34 blind (one of them the
#: caretaker prime minister's warning in the lede, found with no speaker, which the blind gold left out).
WRONG_TODAY = 14


def test_the_batch_of_the_thirtieth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong
