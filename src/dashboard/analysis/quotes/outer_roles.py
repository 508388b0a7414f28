"""Two roles set one after the other before a name: in "The director of the World Food Programme in Sudan, Kenyan
economist Eddie Rowe, said" the parser may set "economist" beside "director" and the name beside "economist". The
role the sentence opens with, and the body it names, say what the person speaks as; the words right before the name
only say who they are ("Kenyan economist")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Prepositions that tie an opening role to the body it serves ("director of", "spokesman for", "head at").
_TYING = frozenset({"of", "for", "at"})


def outer_role(noun: Token, ent: Span) -> Token:
    """The role that opens the sentence when `noun`, right before the name `ent`, was parsed as set beside it ("the
    director of Y, Kenyan economist X" -> director); `noun` otherwise."""
    outer = noun.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i != ent.start - 1 or outer.i >= noun.i:
        return noun
    person = outer.pos_ == "NOUN" and ((lemma := outer.lemma_.lower()) in PEOPLE_NOUNS or lemma in ROLE_WORDS)
    tied = any(c.dep_ == "prep" and c.lower_ in _TYING for c in outer.children)
    return outer if person and tied else noun
