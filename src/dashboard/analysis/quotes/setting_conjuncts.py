"""What was said after a setting ("said in a release that …") ends where the cue's own second clause starts: "The
alliance said in a release that firms were struggling, and its economist, Ann Roe, said the cut “will help”" gives
the alliance's words up to "struggling"; the clause after ", and" is a second cue with a speaker of its own, which
the parser joined to the first cue, not to what was said."""

from __future__ import annotations

from spacy.tokens import Token


def before_own_conjunct(verb: Token, words: list[Token]) -> list[Token]:
    """`words` up to the first clause joined to the cue `verb` that has a subject of its own, without the comma and
    "and" before it; `words` whole when none stands among them."""
    taken = {t.i for t in words}
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.i in taken and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]
    if not joined:
        return words
    start = min(c.left_edge.i for c in joined)
    kept = [t for t in words if t.i < start]
    while kept and (kept[-1].is_punct and kept[-1].text not in '\u201d"' or kept[-1].dep_ == "cc"):
        kept.pop()
    return kept
