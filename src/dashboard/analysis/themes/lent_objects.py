"""A loan of things, not of money: "cancelled the loan of 40 terracotta figures", "cultural loans", "a painting on
loan from the Louvre", "the loan of two pandas". Museums, galleries and zoos lend objects and animals to each other,
and the arts pages tell it as a loan, which says nothing of credit, banks or payments between states; so such a
"loan" counts for no theme. Read from words and parts of speech only: the thing lent is the last noun of the words
after "of" (its count, its determiner and its modifiers may stand before it), or the loan is told as a museum's or a
culture's ("art loans", "museum loan"), or as something "on loan" (not "on loan interest", which is credit)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import lemma_places, words_of

#: The words of a loan.
LOANS = frozenset(["loan"])
#: The things museums, galleries and zoos lend: works of art, objects of a collection and the animals of a zoo.
LENT_THINGS = frozenset(
    [
        "painting", "sculpture", "statue", "figure", "bronze", "artefact", "artifact", "artwork", "work", "object",
        "treasure", "manuscript", "relic", "collection", "exhibit", "masterpiece", "portrait", "fossil", "warrior",
        "tapestry", "icon", "panda",
    ]
)  # fmt: skip
#: Words before a loan that say it is of objects ("cultural loans", "the museum's loan", "panda loans").
LENDERS = frozenset(["cultural", "art", "museum", "gallery", "exhibition", "panda", "artwork"])
#: The parts of speech that may stand between "of" and the thing lent ("of 40 terracotta figures").
_BETWEEN = frozenset(["DET", "NUM", "ADJ", "PROPN", "NOUN"])
#: How many words after "of" are read at most.
_MOST_AFTER = 5


def lent_objects(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans (relative to `doc`) of each "loan" that lends things rather than money; a paragraph with no
    loan is passed over at once."""
    if LOANS.isdisjoint(words_of(doc)):
        return []
    return [(i, i + 1) for i in lemma_places(doc, LOANS) if _of_things(doc, i)]


def _of_things(doc: Doc | Span, i: int) -> bool:
    """Whether the loan at i is of things: named by a lender before it, "on loan", or of a thing lent after "of"."""
    before = [doc[k].lemma_.lower() for k in range(max(0, i - 2), i)]
    if any(word in LENDERS for word in before) or (before and before[-1] == "on" and not _loan_compound(doc, i)):
        return True
    if i + 1 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    last_noun = ""
    for k in range(i + 2, min(len(doc), i + 2 + _MOST_AFTER)):
        if doc[k].pos_ not in _BETWEEN:
            break
        if doc[k].pos_ == "NOUN":
            last_noun = doc[k].lemma_.lower()
    return last_noun in LENT_THINGS


def _loan_compound(doc: Doc | Span, i: int) -> bool:
    """Whether the loan at i modifies a noun after it, as credit does ("tax breaks on loan interest")."""
    return i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")
