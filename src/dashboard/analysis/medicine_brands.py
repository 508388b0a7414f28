"""A name written right after the noun of a medicine ("its arthritis injection Ortevia", "the blood thinner
Cardexin", "the cancer drug Tumavex") is the medicine's brand in every mention of the article, whatever the recogniser
took it for: a product, no organisation that "the company said" or "Its chief executive" could stand for. A name the
article gives a person is left alone ("the drug Bolland promoted")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.names import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from dashboard.analysis.entities import Mention

#: Nouns of medicines that a brand name follows ("the drug Tumavex"); none names a maker or a body.
MEDICINE_NOUNS = words("""
drug drugs medicine medication injection pill tablet vaccine jab treatment therapy inhaler antibody antibiotic
painkiller thinner antidepressant capsule biosimilar
""")
#: Labels a brand may be given by mistake; a place or a date is left alone, and so is a person's name, which may
#: open a clause after the noun however it is parsed ("the drug Trump promoted").
_MISTAKEN = frozenset({"ORG", "NORP", "WORK_OF_ART"})


def medicines_named(docs: list[Doc], found: list[Mention], canonical: list[str], labels: list[str]) -> None:
    """Give every mention of a name written right after a medicine's noun once to a product, in place, unless a
    mention of it is a person's: the noun before it is read first, so the parse is only looked at after one."""
    brands, people = set(), {name for name, label in zip(canonical, labels, strict=True) if label == "PERSON"}
    for i, m in enumerate(found):
        if labels[i] not in _MISTAKEN or canonical[i] in brands or canonical[i] in people:
            continue
        before = text_of(docs[m.paragraph])[max(m.start_char - 16, 0) : m.start_char].split()
        if not before or before[-1].lower() not in MEDICINE_NOUNS:
            continue
        span = docs[m.paragraph].char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is not None and _named_by_noun(span):
            brands.add(canonical[i])
    for i, name in enumerate(canonical):
        if name in brands:
            labels[i] = "PRODUCT"


def _named_by_noun(span: Span) -> bool:
    """Whether the lower-case medicine noun right before the name is its own ("the blood thinner Cardexin", "the
    cancer drug Tumavex", "its injection Ortevia dropped" however parsed), not one whose clause the name opens ("the
    drug Aldenmatt sells", a company making it)."""
    if span.start == 0:
        return False
    noun, root = span.doc[span.start - 1], span.root
    if not noun.is_lower or noun.whitespace_ != " ":
        return False
    return not (root.dep_ == "nsubj" and root.head.dep_ in ("relcl", "acl") and root.head.head == noun)
