"""A state body's noun keeps the body the article first gave it: "The Federal Air Safety Administration said …. The
agency's administrator, X, said …. (the European Air Safety Directorate said …; a minister said …) The agency said"
is the administration, which the page called "the agency" before, not the directorate, named since but never called
so; a body whose name has the noun ("the European Air Safety Agency") is what the noun means wherever it was named."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

#: (paragraph, earlier use of the noun) -> the body that use meant.
Resolve = Callable[[int, Token], str]


def kept_for_noun(docs: list[Doc], p: int, token: Token, best: tuple[tuple[int, int], str], resolve: Resolve) -> str:
    """The body the last "the <noun>" before the token meant (by `resolve`), when the body `best` (where it acted last,
    its name), the one otherwise meant, lacks the noun in its name and acted no nearer than the paragraph before the
    one before (a body that just acted is what the noun means next); "" otherwise."""
    (where, name), lemma = best, token.lemma_.lower()
    if lemma in name.casefold().split() or where[0] >= p - 1:
        return ""
    last = _last_use(docs, p, token, lemma)
    meant = resolve(last[0], last[1]) if last is not None else ""
    return meant if meant != name else ""


def _last_use(docs: list[Doc], p: int, token: Token, lemma: str) -> tuple[int, Token] | None:
    """The paragraph and the word of the last "the <noun>" (this lemma, a common noun after "the") before the token."""
    for q in range(p, -1, -1):
        doc = docs[q]
        end = token.i if q == p else len(doc)
        for t in reversed(doc[1:end]):
            if t.lemma_.lower() == lemma and t.tag_ == "NN" and t.text.islower() and doc[t.i - 1].lower_ == "the":
                return q, t
    return None
