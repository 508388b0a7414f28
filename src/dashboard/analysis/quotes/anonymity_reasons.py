"""The reason a source gives for staying unnamed ("asked not to be named because he fears losing his job"): the
writer tells why the source is unnamed; the fear or worry is no statement of the source's."""

from __future__ import annotations

from spacy.tokens import Token

#: Words of a request to stay unnamed ("not to be named", "on condition of anonymity", "not to be identified").
_UNNAMED = frozenset({"named", "identified", "anonymity", "anonymous"})
#: Words that open a reason.
_BECAUSE = frozenset({"because", "since"})


def reason_for_anonymity(verb: Token) -> bool:
    """Whether the cue opens a clause of reason ("because he fears …") for a request, just before it, not to be
    named."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _BECAUSE for c in verb.children):
        return False
    return any(t.lower_ in _UNNAMED for t in verb.head.subtree if t.i < verb.i)
