"""An "it" that stands for no one: "it's fair to say that …", "it is hard to predict …", "which make it easy to
predict …". The "to" verb after an adjective is the writer's judgement of what may be said, not what a body said,
so the "it" is no pronoun of the last organisation named."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies of the adjective that judges the saying ("it's [safe] to say").
_JUDGING = frozenset({"acomp", "ccomp", "oprd", "xcomp"})


def impersonal_it(token: Token) -> bool:
    """Whether `token` is the empty "it" of an adjective with a "to" verb after it ("it's safe to say")."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return False
    head = token.head
    adjectives = [head] if head.pos_ == "ADJ" else [c for c in head.children if c.dep_ in _JUDGING and c.pos_ == "ADJ"]
    if not adjectives:
        return False
    verbs = [c for t in (head, *adjectives) for c in t.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return any(c.i > token.i and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in verbs)
