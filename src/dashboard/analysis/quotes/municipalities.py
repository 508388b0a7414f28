"""A town that speaks as its government: "The city says it cannot afford more. In a statement, the City of Riverbend
said …": "the city" (or "the town", "the village", "the municipality") that says something is the local government
the article names "City of …" (or "Town of …") in this paragraph or the one before, even in the sentence after; and
"It said …" right after "A spokesperson for the City of Riverbend said …" is that government, though the recogniser
missed its name. With no such government named, "the city" of a local story is the town of its dateline
(datelined_towns.py)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.body_subjects import spoken_for, subject_before
from dashboard.analysis.quotes.datelined_towns import datelined_town
from dashboard.analysis.quotes.lexicon import SPOKESPEOPLE
from dashboard.analysis.quotes.people import Speaker

#: Nouns for a town that speaks through its government, and the words its government's name opens with.
_TOWNS = {
    "city": ("City of",),
    "town": ("Town of",),
    "village": ("Village of",),
    "municipality": ("Municipality of", "Regional Municipality of"),
    "township": ("Township of",),
}
#: The nouns of a town that speaks through its government ("the city said").
TOWN_NOUNS = frozenset(_TOWNS)


def town_speaking(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The local government "the city" stands for (see the module's docstring), in place of `found` when that is none
    or unnamed (for "it", in place of any); `found` when the article names no such government or several."""
    if noun.lower_ == "it":  # "A spokesperson for the City of Riverbend said …. It said": the city, not who spoke
        return _spoken_for(noun) or found  # before the spokesperson
    if found is not None and (found.kind != "unnamed" or found.name):
        return found
    openings = _TOWNS.get(noun.lower_)
    if openings is None or [c.lower_ for c in noun.children] != ["the"]:
        return found
    sentence_end = (p, noun.sent.end)
    names = {
        name for pos, name, label in cast.orgs if (p - 1, 0) <= pos < sentence_end or _next_sentence(cast, p, noun, pos)
    }
    governments = {name for name in names if name.startswith(openings)}
    if not governments and (town := datelined_town(cast.docs, p, noun.i)):
        return Speaker(town, "institution")  # "PORT ELLIS, Maine — … the city said", no "City of Port Ellis" named
    return Speaker(governments.pop(), "institution") if len(governments) == 1 else found


def _next_sentence(cast, p: int, noun: Token, pos: tuple[int, int]) -> bool:
    """Whether the mention at `pos` stands in the sentence right after the noun's, in its paragraph."""
    end = noun.sent.end
    if pos[0] != p or pos[1] < end or end >= len(noun.doc):
        return False
    return pos[1] < noun.doc[end].sent.end


def _spoken_for(it: Token) -> Speaker | None:
    """The local government ("the City of Riverbend") a spokesperson, subject of the sentence right before the one of
    "it", spoke for; None when that sentence has no such subject."""
    spokesperson = subject_before(it)
    if spokesperson is None or spokesperson.lemma_.lower() not in SPOKESPEOPLE:
        return None
    for town in (o for o in spoken_for(spokesperson) if o.lower_ in _TOWNS):
        of = next((c for c in town.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of else None
        if named is not None:
            return Speaker(it.doc[town.i : named.right_edge.i + 1].text, "institution")
    return None
