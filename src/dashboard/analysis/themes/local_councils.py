"""A town's, a fair's or a school's own "security council" counts for no theme: a body named "security council" after a
common noun written in lower case ("the festival security council", "a campus security council") is a local board of
police and stewards, not the UN's council nor a state's. "The UN Security Council", "Russia's Security Council" and
"the national security council" keep their words: a name, a possessive or an adjective stands before them."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of


def local_councils(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of "security council" named after a lower-case common noun ("festival security council")."""
    spans = []
    for i in places_of(doc, ("security",), lower=True):
        named = i + 1 < len(doc) and doc[i + 1].lower_ == "council"
        if named and i and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower:
            spans.append((i, i + 2))
    return spans
