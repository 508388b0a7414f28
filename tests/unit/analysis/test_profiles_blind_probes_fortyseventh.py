"""The whole batch of fictional stories of a forty-seventh round of blind profile probes (the media, entertainment
and sports business from the trade press, the wire and the business pages: a streaming service's results under two
co-chief executives, a public broadcaster's licence fee and a media regulator's ruling, a film studio merger and an
actors' guild, a football league's television rights deal, a club owned by a state fund), its wrong count kept in
sight."""

from __future__ import annotations

from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fortyseventh import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 25 of 57 blind, no gold slip found
#: (a regulator that "ruled that" a channel breached rules speaks, as "ruled" is a cue in the reference corpora).
#: 14 after the round's mends: "the league's commissioner", "the guild's chief negotiator" and "X, who oversees the
#: studio's distribution" are of the league, guild or studio the story named (referring_words), a union's negotiator is
#: no official (kinds), "the corporation's director-general, Dame X," parsed with the name as an adverbial modifier
#: names X (adverbial_names), "Pact Screen, which represents producers, said", untagged, speaks as a body
#: (named_speakers), and "The players' union, the X, said" parsed as a conjunct is X speaking (adverbial_names).
#: 10 after a later mend: "X, one of the company's two co-chief executives," is described by the plural noun and its
#: owner unless a title of office stands before the name (one_of_roles), and "the other co-chief executive" serves the
#: body "chief executive" serves (shared_titles).
#: Left, by pattern: a trade noun after the clause ("…, the streaming service said") names no body (2); "who oversees
#: the service's advertising business" takes the business for a body (1); "ruled that" is no cue (1, a mend made the
#: rulings of earlier batches' golds extra and was reverted); "Its chief executive" after "The regulator said" or after
#: "Vista Sport, which …" (tagged a person) goes to the last organisation named (3); a club the recogniser tagged a
#: place ("Northgate City") owns no "club's chairman" (3).
#: 9 after a later round's mend: "Its chief executive" after "The regulator said …" is the body "the regulator" means
#: (spoken_owners); left of that pattern, "Its head of sport" after "Vista Sport, which …", tagged a person.
_WRONG_AT_MOST = 9


def test_the_batch_of_the_fortyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
