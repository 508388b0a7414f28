from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixtysixth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 19 of 55 blind. By pattern: "The
#: court said" after the court was named with its town found under a shorter name (4); "The service's director
#: general, X" and "X, who led the directorate's counter-intelligence branch until 2019" found as `other` tied to
#: nothing (4); "X, a former officer ... who has since become a fellow at the think tank Y, said" said by Y (2); "X's
#: former employer, the engine maker Y, said" found as an unnamed employer (2); "The public prosecution service said"
#: found as unnamed (2); "Poland's State Security Office" kept with the state's possessive (2); "Finland's government
#: cyber agency, Y, said" found as `other` and "Its director, X" after it tied to the description (2); "..., the
#: Finnish cybersecurity firm Y said on Wednesday" at the end of a first paragraph not found (1).
#: 14 once "the service's" or "the directorate's" before a role means the body named after the service's noun ("the
#: security service, the X Directorate,"), "Directorate" names a state's body, a body's name set off after its noun
#: speaks as the body though tagged a person's ("Finland's government cyber agency, Y, said") and a public body run in
#: a bounded past ("who led Y's branch until 2019") makes a former official an expert (noun_named_bodies, past_posts).
#: 13 once a closing cue the parser hung on the sentence's verb speaks through the phrase set off before it
#: (closing_appositions).
#: 12 once a name set off after a state body's noun takes the type that noun gives ("Its director" an official).
#: 10 once a "service" named by a field of public work ("The public prosecution service said") speaks as itself.
#: Left by pattern: "The court said" after the court was named with its town kept under a shorter name (4); "X, a
#: former officer ... who has since become a fellow at the Oslo think tank Y, said" with "think" parsed as punctuation,
#: said by Y (2); "X's former employer, the engine maker Y, said" found as an unnamed employer (2); "Poland's State
#: Security Office said" kept with the state's possessive, as the extractor keys a state's offices on purpose (2: the
#: gold's bare name is arguable, left as counted).
#: 9 once "think tank" read as a clause gives the speaker back her quote (mended_subjects, by the sixty-eighth batch);
#: she is an analyst, but her affiliation is still the country, not the think tank (1 of the 2 above left).
#: Then 8: a post "since become" in the perfect, the clause hung on the old body's noun ("a former officer of X's
#: service who has since become a senior fellow at Y"), ties the former officer to Y, not the country (later_posts).
_WRONG_AT_MOST = 8


def test_the_batch_of_the_sixtysixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
