"""The name of a company that a word of its trade opens ("container line X", "Chipmaker X"), for the pipeline steps
that tag such names: the recogniser often takes it for a product or a person, or leaves it untagged."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.step_entities import current_entities

#: Labels of a name the recogniser gave such a company by mistake (or rightly: then it stays).
_SLIPS = frozenset({"PRODUCT", "PERSON", "WORK_OF_ART", "FAC", "GPE", "LOC", "NORP"})


def company_named(doc: Doc, start: int, end: int) -> Span | None:
    """Tokens `start` to `end` as an organisation, when every entity the recogniser made over them lies inside them and
    bears a label it gives such a name by mistake; None when one reaches outside them or is an organisation already."""
    name = Span(doc, start, end, label="ORG")
    overlapping = [e for e in current_entities(doc) if e.start < end and start < e.end]
    return name if all(e.label_ in _SLIPS and start <= e.start and e.end <= end for e in overlapping) else None
