"""The whole batch of fictional stories of a sixty-first round of blind profile probes (shipping, ports, airlines and
logistics news: a port authority's record year, a container line's profit warning, an airline's mass cancellations, a
dock strike, a road haulier's results, an air cargo route), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtyfirst import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 6 of 53 blind. By pattern: "Danish
#: container line Holmgaard Line" kept with its descriptor and taken for a person (2); "the line's" and "the airline's"
#: officers not tied to the company named before (2); "a spokesman for the line" not tied to the line (1); "said she
#: had spoken to ... and told him ..." split into two quotes (1), a gold slip: "told him" and what was told is a quote
#: of its own; the gold now has it (5 of 54).
_WRONG_AT_MOST = 5


def test_the_batch_of_the_sixtyfirst_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
