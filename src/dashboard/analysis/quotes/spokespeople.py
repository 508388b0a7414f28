"""A spokesperson brought back by role only: "“…,” spokesperson Nicole Ames wrote" and later "the spokesperson for
Harbour Ferries said" is Nicole Ames, the latest person the article gave that role (and, when both are known, the
organisation the description names), not an unnamed source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.lexicon import SPOKESPEOPLE

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import Speaker


def spokesperson_named(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The named spokesperson a "the spokesperson (for X)" subject stands for, in place of `found` when that is none
    or unnamed; else `found`."""
    if found is not None and (found.name or found.plural) or noun.lower_ not in SPOKESPEOPLE or not definite(noun):
        return found
    if [c.lower_ for c in noun.children if c.dep_ == "det"] != ["the"]:
        return found
    of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for o in c.children]
    body = next((cast.name_of(p, e) for o in of if (e := cast.entity(p, o)) is not None), "")
    for (q, i), name, _ in reversed(cast.people):
        if (q, i) >= (p, noun.i) or cast.quoted((q, i)) or name not in cast.profiles:
            continue
        profile = cast.profiles[name]
        if not SPOKESPEOPLE & set(profile.role.lower().split()):
            continue
        if body and profile.affiliation and profile.affiliation != body:
            continue
        return cast.person(name)
    return found
