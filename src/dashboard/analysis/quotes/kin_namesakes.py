"""Which of a family a lone surname stands for: "Nora Vance … Her son, Daniel Vance, drives the van. “…,” Vance says"
is Nora, not her son. A relative brought in as someone's kin ("her son, Daniel Vance,", "his wife Ana Ruiz") is called
by the given name afterwards, so the surname alone stays with the other of the family."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.quotes.kinship import KIN_INVERSES


def _as_kin(doc: Doc, start: int, name: str) -> bool:
    """Whether the name at token `start` is brought in as someone's kin: in apposition to "her son" or after it."""
    root = doc_span(doc, start, start + len(name.split())).root
    if root.dep_ == "appos":  # "her son, Daniel Vance,"
        kin, owner = root.head, root.head
    else:  # "her son Daniel Vance"
        kin, owner = next((c for c in root.children if c.dep_ == "compound"), None), root
    return kin is not None and kin.lower_ in KIN_INVERSES and any(c.dep_ == "poss" for c in owner.children)


def kin_of_another(docs: list[Doc], owners: list[tuple[tuple[int, int], str]]) -> set[str]:
    """The owners of one surname (position of a mention, full name) named in full only as someone's kin, when at
    least one owner is not: the surname alone stands for one of the others. One named in full again on their own
    ("Shane Blackwood testified") may be what the surname means."""
    in_full = [(name, _as_kin(docs[p], i, name)) for (p, i), name in owners if docs[p][i].text == name.split()[0]]
    kin = {name for name, as_kin in in_full if as_kin} - {name for name, as_kin in in_full if not as_kin}
    return kin if {name for _, name in owners} - kin else set()
