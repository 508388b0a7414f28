"""A lone surname stands for one of its owners already named in full: "Gloria Santangelo knew … “…,” says
Santangelo" is Gloria, though her son Nick Santangelo, named in full only after it, is the owner of the surname the
article names most."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.names import clean_name


def named_only_later(docs: list[Doc], p: int, i: int, entity, name: str, owners: set[str]) -> bool:
    """Whether the lone surname at token i of paragraph p was taken for `name`, a person the article names in full
    only after it, while another of its `owners` was named in full before it (the surname is then one of those)."""
    if " " not in name or not owners - {name} or entity is not None and " " in clean_name(text_of(entity), "PERSON"):
        return False  # and no text is joined for most speakers: no other owner named before
    text = " ".join([*(text_of(d) for d in docs[:p]), text_of(docs[p][:i])])
    return name not in text and any(owner in text for owner in owners - {name})
