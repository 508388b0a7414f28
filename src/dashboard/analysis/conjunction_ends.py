"""Names the recogniser ends with a conjunction ("carriers Tellaro and Vantix" tagged "Tellaro and" and "Vantix"). No
name ends with "and" or "or": a name of the kind "Marks and Spencer" keeps its conjunction inside, and one cut after
it is the first of two names joined. Kept, the conjunction makes "Tellaro and" a name of its own, which "Tellaro
said" later in the article does not match; this step leaves the conjunction out of the name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.step_entities import current_entities, set_entities

#: The name of the pipeline step.
STEP = "conjunction_ends"
#: Conjunctions that join two names and end none.
_JOINING = frozenset({"and", "or", "&"})


@Language.component(STEP)
def conjunction_ends(doc: Doc) -> Doc:
    """The document with a conjunction that ends a name left out of it."""
    entities = current_entities(doc)
    if not any(e[-1].lower_ in _JOINING for e in entities):
        return doc  # most documents have none: their entities stay as they are
    kept = []
    for ent in entities:
        end = ent.end
        while end > ent.start and doc[end - 1].lower_ in _JOINING:
            end -= 1
        if end > ent.start:
            kept.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
    set_entities(doc, kept)
    return doc
