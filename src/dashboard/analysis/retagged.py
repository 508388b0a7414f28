"""Entities a pipeline step tags after the recogniser: the spans it found take the place of any entity they overlap,
and the entities stay in document order."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import forget_entities


def with_entities(doc: Doc, spans: list[Span]) -> Doc:
    """The document with `spans` among its entities, in place of those they overlap (unchanged when there are none)."""
    if spans:
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        doc.ents = sorted([*kept, *spans], key=lambda s: s.start)
        forget_entities(doc)
    return doc
