"""A quotation after a colon that ends a clause someone is reported to say ("The union, she adds, has asked its
members not to block roads: “…”", "She said the ministry had stopped answering letters: “…”"): the clause is the
reporter's words, so the quotation goes on with the reporter, not with the subject of that clause."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS


def reporting_cue(verb: Token, colon: Token) -> Token | None:
    """The cue that reports the clause of `verb`, which the `colon` ends: a cue with its own subject set off inside
    or after that clause ("The union, she adds, has asked …:"), or one whose clause it is ("She said the union had
    asked …:"). None when the clause's own verb introduces the quotation ("Officials said the mayor told reporters:
    “…”", where the mayor speaks): a cue with nothing it says before the colon."""
    if verb.lemma_.lower() in CUE_VERBS and not any(
        c.dep_ in ("ccomp", "xcomp") and c.right_edge.i < colon.i for c in verb.children
    ):
        return None
    inserted = next(
        (c for c in verb.children if c.dep_ == "parataxis" and c.i < colon.i and _cue_with_subject(c)), None
    )
    if inserted is not None:
        return inserted
    head = verb.head
    if verb.dep_ == "ccomp" and head.i < verb.i and _cue_with_subject(head):
        return head
    return None


def _cue_with_subject(verb: Token) -> bool:
    """A verb of speech with a subject of its own ("she adds", "she said")."""
    return verb.lemma_.lower() in CUE_VERBS and any(c.dep_ == "nsubj" for c in verb.children)
