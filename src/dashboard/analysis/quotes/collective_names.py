"""A body described before its name as a union of other bodies: "A coalition of 40 civic groups, the Fair Ballot
Watch, said". The parser hangs the name on the member bodies ("groups"), so the speaker would be the bare noun
"coalition"; the name set beside the members is the body that speaks, an institution (GUIDELINES)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.collective_bodies import COLLECTIVE_NOUNS, MEMBER_BODIES


def collective_named_after_members(token: Token) -> str:
    """The name set beside the members of "a coalition (network, alliance) of <member bodies>, the <Name>,", with no
    "the" before it; "" when the noun is no collective one or no proper name follows its members."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in COLLECTIVE_NOUNS:
        return ""
    members = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    for body in (o for o in members if o.dep_ == "pobj" and o.lower_ in MEMBER_BODIES):
        for name in (a for a in body.rights if a.dep_ == "appos" and a.pos_ == "PROPN"):
            words = [t for t in name.subtree if t.pos_ != "PUNCT" or t.dep_ == "case"]
            words = words[1:] if words and words[0].lower_ == "the" else words
            return token.doc[words[0].i : words[-1].i + 1].text if words else ""
    return ""
