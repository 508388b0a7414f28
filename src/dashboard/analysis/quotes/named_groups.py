"""A group of people the recogniser tagged by a name ("Republicans said", "The Greens said"): a party named with
"the" and no more (or a side of the house: "the opposition Social Democrats") speaks as itself, an institution; any
other such group ("Republicans say", "Kurds say") is people of that name."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.parties import names_a_party
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase

#: Words that set a party on its side of the house between "the" and its name ("the opposition Social Democrats").
_SIDES = frozenset({"opposition", "ruling", "governing"})


def named_group(token: Token, name: str) -> Speaker | None:
    """The speaker a people's name as a subject stands for: the party by "the" and its name alone ("the Greens", "the
    Social Democrats", "the Tories"), a group of that name when the name is plural (a party's members, "Republicans
    said", "the top Republicans in the House"); None for a name in the singular."""
    the = any(c.lower_ == "the" for c in token.children) or _the_before_side(token, name)  # not "Republicans said"
    bare = all(c.dep_ in ("det", "cc", "conj") or c.text in name.split() or c.lower_ in _SIDES for c in token.children)
    if the and bare and names_a_party(name):  # not "the top Republicans in the House": members
        return Speaker(name, "institution")
    if token.tag_ in ("NNPS", "NNS"):
        return Speaker(name, "other", role=noun_phrase(token, with_preposition=True), plural=True)
    return None


def _the_before_side(token: Token, name: str) -> bool:
    """Whether "the" and a side of the house stand right before the name ("the opposition Christian Democrats"), which
    the parser may have hung on the side word instead of the name."""
    start = token.i - len(name.split()) + 1
    doc = token.doc
    return start >= 2 and doc[start - 1].lower_ in _SIDES and doc[start - 2].lower_ == "the"
