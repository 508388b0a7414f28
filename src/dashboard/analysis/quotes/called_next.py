"""Someone described and given a name only in the sentence after, the name the story calls them by: "The young man
from Yemen, who is 23, said he had paid a smuggler …. He asked to be called Nabil." Migration, war and crime reporting
describes a source first and then says what to call them ("He asked to be called X", "She gave her name as X", "He
asked to be identified only as X"); the described speaker of the first sentence is the person so named, as the
quotations after it under that name are."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dashboard.analysis.names import clean_name
from dashboard.analysis.quotes.people import Speaker

#: "He asked to be called Nabil.", "She gave her name only as Rima.", "He asked to be identified only as Samir."
_CALLED = re.compile(
    r"(?:He|She) (?:(?:asked|wanted|wished|preferred) to be (?:called|named|identified(?: only)? as|known(?: only)? "
    r"as)|gave (?:his|her) (?:first )?name(?: only)? as) ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\.?$"
)


def called_next(cast, noun: Token, found: Speaker | None) -> Speaker | None:
    """The person a described single speaker `found` (unnamed) is called in the sentence right after `noun`'s, when
    that sentence says what to call them; else `found`."""
    if found is None or found.kind != "unnamed" or found.name or found.plural or noun.tag_ != "NN":
        return found
    sent = noun.sent
    if sent.end >= len(sent.doc):
        return found
    match = _CALLED.fullmatch(sent.doc[sent.end].sent.text.strip())
    return cast.person(clean_name(match.group(1), "PERSON")) if match else found
