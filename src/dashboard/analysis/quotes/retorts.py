"""Cues of a reply made in a fight of words, a verb with "back" ("Whitlock fired back that …", "he shot back that …",
"hit back that …"): what follows is what was said, as after "replied"."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs that with "back" tell a sharp reply, and with anything else no speech ("fired the coach").
RETORT_VERBS = frozenset({"fire", "shoot", "hit", "snap"})


def retorted(verb: Token) -> bool:
    """Whether the verb is a reply with "back" and a clause of what was said ("fired back that …")."""
    return (
        verb.lemma_.lower() in RETORT_VERBS
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )
