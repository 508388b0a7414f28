"""The whole batch of fictional stories of a fifty-seventh round of blind profile probes (telecoms, broadband and
spectrum news: a spectrum auction, a carrier merger under review, a rural broadband subsidy, a network outage, a
satellite internet launch), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fiftyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 9 of 47 blind, no gold slip. By
#: pattern: a body's officer met as "Its chief technology officer, X," or "The co-op's general manager, X," left
#: without the body named before (2); a state office's head met as "Director Carla Whitfield" taken for `other` (2);
#: "carriers Tellaro and Vantix" cut to a speaker "Tellaro and" (2: one missed, one extra); "Tellaro chief executive
#: Amara Osei told investors on a call that ..." missed (1); "the company said, adding that ..." split in two (1);
#: "according to results published by the commission" read as the commission's quote (1). 6 once no name ends with a
#: conjunction (conjunction_ends) and a carrier named "... Wireless" is an organisation (names). Left, by pattern:
#: "The co-op's general manager" (the tokenizer splits "co-op" and the parser loses the possessive; kept one token,
#: "co-op" broke "The co-op has added ..., and it said" of an older batch, so that mend was reverted); "Director"
#: alone before a state office's head (2; the capitalised title heads film and company directors too); "Tellaro chief
#: executive Amara Osei told investors" (the parser reads "Tellaro" as an adjective after "Tellaro said"); "said,
#: adding that ..." split in two (PolNeAR's gold counts "adding" a quote of its own); "according to results published
#: by" a body.
#: Then 5: "The co-op's general manager, X," serves the co-operative named last, the tokenizer's "op's" read as the
#: possessive "the co-op's" (possessed_far_bodies).
#: Then 4 once "told investors on a call that the companies had already offered …", the clause hung on "call", is
#: what the chief executive told (spoken_settings, test_spoken_settings.py).
_WRONG_AT_MOST = 4


def test_the_batch_of_the_fifty_seventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
