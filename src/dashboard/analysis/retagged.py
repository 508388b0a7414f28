"""Entities a pipeline step tags after the recogniser: the spans it found take the place of any entity they overlap,
and the entities stay in document order."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import forget_entities
from dashboard.analysis.step_entities import current_entities, set_entities


def with_entities(doc: Doc, spans: list[Span]) -> Doc:
    """The document with `spans` among its entities, in place of those they overlap (unchanged when there are none)."""
    if spans:
        kept = [e for e in current_entities(doc) if not any(e.start < s.end and s.start < e.end for s in spans)]
        set_entities(doc, sorted([*kept, *spans], key=lambda s: s.start))
        forget_entities(doc)
    return doc


def with_next_joined(doc: Doc, join: Callable[[Span, Span | None], Span | None]) -> Doc:
    """The document with each entity that `join` mends, given the entity after it (None for the last), replaced by
    the span `join` makes of them, in place of the entities it overlaps (`with_entities`); an entity that a span before
    it took in is no more joined."""
    ents, spans = current_entities(doc), []
    for i, ent in enumerate(ents):
        after = ents[i + 1] if i + 1 < len(ents) else None
        if not (spans and ent.start < spans[-1].end) and (span := join(ent, after)) is not None:
            spans.append(span)
    return with_entities(doc, spans)


def without_entities(doc: Doc, picked: Callable[[Span], bool]) -> Doc:
    """The document with the entities `picked` chooses left untagged (unchanged when it chooses none)."""
    ents = current_entities(doc)  # read once: spaCy builds every entity's Span anew at each read
    kept = [e for e in ents if not picked(e)]
    if len(kept) != len(ents):  # most documents lose none: their entities stay as they are
        set_entities(doc, kept)
        forget_entities(doc)
    return doc
