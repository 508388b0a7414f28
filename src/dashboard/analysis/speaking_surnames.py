"""A person's double-barrelled surname that the recogniser took for an organisation where a speaker stands: "Asked
whether she would back it, Democrat Annaliese Thornbury-Carver said …" comes out as the party "Democrat", an untagged
"Annaliese" and the organisation "Thornbury-Carver". A given name the lexicon knows, or any given name after a party's
word ("Democrat", "Tory"), right before two capitalised words joined by a hyphen that are the subject of a verb of
saying, makes them a person's surname: a body is seldom named with a given name in front of it. Read by
`given_before_hyphen`, which also lets a party's or a people's word before the given name ("Democrat", "Kenyan") open
no longer name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.peoples import PARTIES, a_people
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.quotes.lexicon import CUE_VERBS

#: First halves of a joined name that make it a place's or a saint's, not a person's ("Paris Saint-Germain").
_PLACE_HALVES = frozenset({"saint", "sainte", "san", "santa", "st", "ste", "al", "el"})


def surname_of_speaker(ent: Span) -> bool:
    """Whether the joined name `ent`, after a given name the lexicon knows or one a party's word opens ("Democrat
    Annaliese"), is the subject of a verb of saying ("Annaliese" + "Thornbury-Carver said", "… told reporters")."""
    doc, root = ent.doc, ent.root
    if ent.start == 0 or ent[0].lower_ in _PLACE_HALVES:
        return False
    given = doc[ent.start - 1]
    party = given.i > 0 and doc[given.i - 1].lower_ in PARTIES  # "Democrat Annaliese", a party's member
    if not party and not gender_of_given_word(given.text):
        return False
    verb = root.head
    return root.dep_ == "nsubj" and verb.i >= ent.end and verb.pos_ == "VERB" and verb.lemma_.lower() in CUE_VERBS


def party_or_people_word(token: Token) -> bool:
    """Whether a word before a given name names a party or a people ("Democrat", "Tory", "Kenyan"), which ends no
    other name the given name would carry on."""
    return token.lower_ in PARTIES or a_people(token.text)
