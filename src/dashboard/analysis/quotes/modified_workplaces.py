"""A workplace named after the noun of its kind, with a place or an owner before that noun: "a researcher at the Oslo
think tank Nordlys Forum" works at Nordlys Forum, not in Oslo. The parser hangs the words of such a phrase in several
ways (the name as an apposition of the person, the city alone the object of "at"; or the city a compound of "tank"),
so the description may hold the place alone; the name set right after the body's noun is the body the person works
for, however the recogniser tagged or cut it ("Fundación Paz y Territorio", tagged a person's up to "Paz"). A capital
the recogniser left untagged ("with the Maputo rights group X") is such a place too."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import BUSINESS_BEFORE_NAME, clean_name
from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.mentions import Mentions
from dashboard.analysis.quotes.missed_names import proper
from dashboard.analysis.quotes.small_states import state_of_capital

#: Nouns of what a body is, that its name may follow ("think tank", "consultancy", "research group").
_BODIES = BODY_NOUNS | BUSINESS_BEFORE_NAME
#: Prepositions of where a person works ("at", "of", "for", "with" the body).
_WORK_PREPOSITIONS = frozenset({"at", "of", "for", "with"})
#: Words of a body's kind between the place and the name, at most ("think tank", "policy research group").
_MOST_KIND_WORDS = 3
#: Small words inside a body's name, between capitalised words ("Fundación Paz y Territorio", "Institute of Peace").
_NAME_JOINERS = frozenset({"y", "e", "de", "del", "of", "for", "on", "&"})


def body_after_modifier(token: Token, mentions: Mentions, p: int) -> Found | None:
    """The name right after a body's lower-case noun that follows the name (a place or an owner) the token is part of,
    when that name, or the noun it qualifies, is the object of a preposition of work ("at the Quito think tank X");
    else None."""
    ent = mentions.entity(p, token)
    if ent is None and token.pos_ == "PROPN" and state_of_capital(token.lower_):  # "the Maputo rights group X"
        ent = Span(token.doc, token.i, token.i + 1)
    if ent is None or not _object_of_work(ent.root):
        return None
    doc, after = token.doc, ent.end
    while after < len(doc) and after - ent.end < _MOST_KIND_WORDS and doc[after].is_lower and doc[after].is_alpha:
        after += 1
    if after == ent.end or after >= len(doc) or doc[after - 1].lemma_.lower() not in _BODIES or not proper(doc[after]):
        return None
    if doc[after].ent_type_ in ("DATE", "TIME"):
        return None  # "at the Lima embassy Friday": a day, no body
    end = after + 1
    while end < len(doc) and (proper(doc[end]) or _joins(doc, end)):
        end += 1
    return Found(clean_name(doc[after:end].text, "ORG"), tuple(doc[after:end]))


def _object_of_work(token: Token) -> bool:
    """Whether a word is, or qualifies as a compound, the object of a preposition of work ("at the Oslo …")."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _WORK_PREPOSITIONS


def _joins(doc, i: int) -> bool:
    """Whether the word at i is a small word of a name with a capitalised word of it right after."""
    return doc[i].lower_ in _NAME_JOINERS and i + 1 < len(doc) and proper(doc[i + 1])
