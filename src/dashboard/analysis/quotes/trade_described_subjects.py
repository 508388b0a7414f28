"""The organisation a trade noun set after the clause it reports stands for: "Streamwell added 9 million subscribers,
the streaming service said" reports what the company named as the clause's subject did, and names the company again
by its trade, the way wire copy does ("the chipmaker said"). The nouns of companies ("the company", "the carrier")
are read by the rules of bodies; this reads the trades no lexicon lists ("service", "platform", "app"), but only in
that shape: a definite noun with words of its trade before it, after the reported clause, whose subject is an
organisation the recogniser tagged. No word for people ("the chief executive", "the businessman") is read so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.kinds import OTHER_WORDS, ROLE_WORDS
from dashboard.analysis.quotes.lexicon import (
    CUE_VERBS,
    DOCUMENT_NOUNS,
    DOER_ENDINGS,
    PEOPLE_NOUNS,
    SPOKESPEOPLE,
    TITLE_NOUNS,
)
from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Nouns that name people or writings, which a trade noun is not.
_NOT_TRADES = PEOPLE_NOUNS | ROLE_WORDS | OTHER_WORDS | TITLE_NOUNS | SPOKESPEOPLE | DOCUMENT_NOUNS
#: Dependencies of the words of a trade before its noun ("the streaming service", "the video-sharing platform").
_TRADE_WORDS = frozenset({"amod", "compound"})


def company_by_its_trade(cast: People, p: int, token: Token) -> Speaker | None:
    """The organisation (speaking as an institution) that is the subject of the clause a cue reports before its own
    subject, "the <trade> <noun>" (the token); None for any other subject."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NN" or token.dep_ != "nsubj" or lemma in _NOT_TRADES or lemma.endswith(DOER_ENDINGS):
        return None
    words = [c for c in token.children if c.i < token.i]
    if not words or words[0].lower_ != "the" or words[0].dep_ != "det" or len(words) < 2:
        return None
    if any(c.dep_ not in _TRADE_WORDS or not c.is_lower for c in words[1:]) or len(list(token.children)) != len(words):
        return None  # "the streaming service", not "the service of X" nor "the Ostland service"
    cue = token.head
    if cue.lemma_.lower() not in CUE_VERBS:
        return None
    said = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < token.i), None)
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    ent = cast.entity(p, subject) if subject is not None else None
    if ent is None or cast.label(p, ent) != "ORG" or ent.root != subject:
        return None
    name = cast.name_of(p, ent)
    return None if cast.person_named(name) else Speaker(name, "institution")
