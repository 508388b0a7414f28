"""Where a role's holder works, named after "at", before any word of the role that may read as an owner: "a Sahel
researcher at the Dakar-based Institute for Security Studies" works at the institute, though "Sahel" is the first
word of an aid group the article named before, and the recogniser took it for that group's name."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.mentions import Mentions


def workplace_first(noun: Token, tokens: list[Token], mentions: Mentions, p: int) -> list[Token]:
    """The tokens of a role noun's description with those of its "at" phrase first, when that phrase names an
    organisation the recogniser found and no "of" phrase names what the role runs; as they were otherwise."""
    at_phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "at"]
    objects = [o for c in at_phrases for o in c.children if o.dep_ == "pobj"]
    named = [o for o in objects if (ent := mentions.entity(p, o)) is not None and mentions.label(p, ent) == "ORG"]
    if not named or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return tokens  # "director of the X Project at Y University": the project X names first is the workplace
    at = [t for t in tokens if t in set(named[0].subtree)]
    return at + [t for t in tokens if t not in at]
