"""An office given before its holder's name: "Ontario's housing minister says …. Speaking to reporters, Housing
Minister Ann Roe said …": a description of an office with a word that narrows it ("housing minister"), subject of a
cue in a sentence that names no one, is the person the next sentence of the paragraph names under that very title."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import TITLE_NOUNS
from dashboard.analysis.quotes.voice_owners import voice_owner

#: Most words of a title before a name ("Deputy Housing Minister").
_TITLE_WORDS = 4


def named_next(cast, p: int, noun: Token):
    """The person the sentence after `noun`'s names with the title `noun` describes, or None."""
    if noun.lemma_.lower() == "voice" and (owner := voice_owner(noun.sent)) is not None:  # "says a voice from the
        ent = cast.entity(p, owner)  # dark. The voice belongs to Darnell Hughes"
        return cast.person(cast.name_of(p, ent)) if ent is not None and cast.label(p, ent) == "PERSON" else None
    narrowing = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.text.islower()]
    if not noun.text.islower() or noun.lemma_.lower() not in TITLE_NOUNS or not narrowing:
        return None
    sent = noun.sent
    if any(t.ent_type_ == "PERSON" for t in sent) or sent.end >= len(sent.doc):
        return None
    following = sent.doc[sent.end].sent
    for token in following:
        ent = cast.entity(p, token)
        if ent is None or ent.start != token.i or cast.label(p, ent) != "PERSON":
            continue
        title = [t.lower_ for t in sent.doc[max(following.start, ent.start - _TITLE_WORDS) : ent.start]]
        if noun.lower_ in title and all(word in title for word in narrowing):
            return cast.person(cast.name_of(p, ent))
    return None
