"""The whole batch of fictional stories of a sixty-fourth round of blind profile probes (the car industry and electric
vehicles in world and business news: EU tariffs on electric cars imported from China, a Dutch carmaker's delayed plant
and job cuts, a recall announced by a road-safety regulator, the end of an electric-car subsidy, a battery start-up's
supply deal, a Japanese carmaker's electric plan), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtyfourth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 7 of 53 blind. By pattern: a second
#: verb of the same speaker joined by "and" ("said the union would fight ... and called the plan a betrayal", "said it
#: knew of 19 fires ... and urged owners to park outside") found as a second quote the gold does not list (2); "X, a
#: former Y engineer who now advises insurers at Z" tied to Y, where he worked before, not to Z (2); "X, who runs the
#: group's battery unit" tied to nothing, not to the group the story is about (1); "The minister's deputy" tied to
#: nothing, not to the minister's ministry (1); "X, owner of the dealership Y in Setubal" tied to nothing, not to Y (1).
#: 5 of 55 once the gold's slip is mended: a second verb of communication joined by "and" is a second quote of the same
#: speaker (as the long-form batches count it), so the gold now lists both of those quotes.
#: 4 once "the dealership" before a name makes it a company's ("owner of the dealership Y in Setubal": Y).
#: 2 once a clause of work in the present on the noun of a former post names where the person works now ("a former Y
#: engineer who now advises insurers at Z"): only its words tie them to a body, Z (present_posts.named_work_now).
#: 1 once "The minister's deputy" is tied to what the last minister who spoke was tied to (last_speakers_company).
#: 0 once "the group's battery unit" two paragraphs after a company the recogniser left untagged spoke is that
#: company's (far_companies.far_untagged_company). Nothing left the harness counts. Not counted: "Transport Minister X"
#: tied to the transport ministry named in the paragraph before (the gold leaves a bare title's minister empty).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_sixtyfourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
