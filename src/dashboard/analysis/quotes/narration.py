"""Words the parser hangs on a cue that are the narrator's, not what was said: a contrasting clause ("said A, while
B counted only C") and the narration before a quotation ("Ann weighed in, telling the Ledger, “…,” she said")."""

from __future__ import annotations

from spacy.tokens import Token


def without_narration(
    content: list[Token], heads: list[Token], quotations: list[tuple[int, int]]
) -> tuple[list[Token], list[Token]]:
    """ "Ann weighed in, telling the Ledger, “…,” she said": of two clauses hung on a cue after the quotation that
    holds one of them, the one before the opening mark is the narrator's."""
    verb = heads[0].head if heads else None
    opening = min(
        (s for s, e in quotations for h in heads if h.dep_ == "ccomp" and s <= h.idx < e and e <= verb.idx),
        default=None,
    )
    if opening is None:
        return content, heads
    narration = [h for h in heads if h.dep_ == "ccomp" and h.right_edge.idx < opening]
    cut = {t.i for h in narration for t in h.subtree}
    return [t for t in content if t.i not in cut], [h for h in heads if h not in narration]


def without_contrast(content: list[Token], quotations: list[tuple[int, int]]) -> list[Token]:
    """ "said A, while B counted only C": a contrasting clause with a subject of its own is the narrator's."""
    cut = {
        t.i
        for clause in content
        if clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not any(s <= clause.idx < e for s, e in quotations)
        for t in clause.subtree
    }
    return [t for t in content if t.i not in cut] if cut else content
