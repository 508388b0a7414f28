"""The whole batch of fictional stories of a forty-sixth round of blind profile probes (the business and politics of
mining, metals and farming from the wire, the mining and farm trade press and regional papers: a miner's quarterly
output and a copper price call, a lithium project's permit fight, a mines minister's royalty rise, a grain harvest and
export quotas, a fertilizer maker's results and a plant closure), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortysixth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 9 of 59 blind; 8 of 60 with one gold
#: slip set right after the run (a federation that "said the conveyor had broken down … and accused the company of
#: skimping on maintenance" makes two statements with two cues, as "said … and warned" was two in the thirty-second
#: round; the extra found for the second is now a gold quote). Left: a three-word name cut to its surname ("Hui Min
#: Zhao"), a company set off by "a company listed in London" taken for a person, "The group's lawyer" with no group,
#: "Its president" of a mining council taken for an official, a union that "backed the increase but warned …" missed,
#: "The union's Alberta director" tied to the province and a farmer "who grows canola … near Swift Current and chairs
#: the … Council" tied to the town.
_WRONG_AT_MOST = 8


def test_the_batch_of_the_fortysixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
