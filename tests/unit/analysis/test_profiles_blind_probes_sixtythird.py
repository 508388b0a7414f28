"""The whole batch of fictional stories of a sixty-third round of blind profile probes (space, satellites and the space
industry in world and business news: a small rocket broken apart after lift-off, a national space agency's delayed
satellite, close passes by a foreign satellite, a space station's crew sheltering from debris, a regulator licensing a
satellite network, a launch company's funding round), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtythird import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 of 49 blind. By pattern: "The
#: agency's chief, Beatriz Quilodrán Soto," kept as "Quilodrán Soto" without her given name, so both her quotes missed
#: and found under the shorter name (4); a possessive that points back to the company or the agency of the paragraph
#: before ("The company's founder", "Its spokeswoman", "Its founder", "Her deputy") tied to nothing, the spokeswoman
#: taken for an official (4); "X, a former NASA flight director now at Y" tied to NASA, not to Y where she works now
#: (1); a company as the subject with a participle set off by commas ("Tasman Lumen, based in Adelaide, said") taken
#: for a person, `other`, not an institution (1).
#: 6 once a given name left untagged and hung on a person of two surnames is part of the name (given_named_people).
#: 4 once a name set off by where it is based ("X, based in Adelaide,") is an organisation in all its mentions, so it
#: speaks as an institution and "Its founder" after it is tied to it (seated_bodies).
#: 3 once "Her deputy" is tied to the organisation of the chief who spoke just before (last_speakers_company).
#: 2 once "a former NASA flight director now at Y" is tied to Y (former_posts_now).
#: 0 once a company's short name taken for a person inside a reported clause ("said that Nordlys would fly again") no
#: longer makes the company's full name a person's, so "The company's founder" and "Its spokeswoman" are tied to it
#: (missed_names.bare_subjects). Nothing left the harness counts. Not counted, and mended by the way: "a professor at
#: the Universidad del Litoral Norte" was tied to "Universidad del" (cut_of_names), "Science Minister X" to "Science"
#: (lexicon.PORTFOLIOS); "Defence Minister X" is still tied to the defence ministry named in the sentence before.
_WRONG_AT_MOST = 0


def test_the_batch_of_the_sixtythird_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
