"""A group of people the recogniser tagged by a name ("Republicans said", "The Greens said"): a party named with
"the" and no more speaks as itself, an institution; any other such group ("Republicans say", "Kurds say") is people of
that name."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.parties import names_a_party
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase


def named_group(token: Token, name: str) -> Speaker | None:
    """The speaker a people's name as a subject stands for: the party by "the" and its name alone ("the Greens", "the
    Social Democrats", "the Tories"), a group of that name when the name is plural (a party's members, "Republicans
    said", "the top Republicans in the House"); None for a name in the singular."""
    the = any(c.lower_ == "the" for c in token.children)  # "The Greens said"; "Republicans said" are its members
    bare = all(c.dep_ in ("det", "cc", "conj") or c.text in name.split() for c in token.children)
    if the and bare and names_a_party(name):  # not "the top Republicans in the House": members
        return Speaker(name, "institution")
    if token.tag_ in ("NNPS", "NNS"):
        return Speaker(name, "other", role=noun_phrase(token, with_preposition=True), plural=True)
    return None
