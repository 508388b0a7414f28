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
#: 7 after "Its chief executive" after a sentence that names its body with no organisation's tag, by a name a "which"
#: clause sets off ("Pact Screen, which …", "Vista Sport, which …", untagged or tagged a person) or by "The regulator
#: said …" speaking, serves that body, not the last organisation named (untagged_sentence_owners).
#: 4 after "the club's chairman" and "The club's chief executive" serve a club the recogniser tagged a place
#: ("Northgate City, the Premier Division club …") when "club" is set right beside its name (place_named_clubs).
#: 2 after a definite trade noun with its trade's words, no word for people, set after the clause it reports ("…, the
#: streaming service said") is the organisation that clause's subject names (trade_described_subjects).
#: Left, by pattern: "who oversees the service's advertising business" takes the business for a body (1); "ruled that"
#: is no cue (1, a mend made the rulings of earlier batches' golds extra and was reverted).
#: Then 1: "who oversees the service's advertising business" serves the one business the story named, three paragraphs
#: of its executives' quotes before (possessed_far_bodies). Left: "ruled that".
_WRONG_AT_MOST = 1


def test_the_batch_of_the_fortyseventh_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
