"""Names at the head of a bulleted point ("• Ridgeline Rail said …"), as explainers and lists of highlights on web
pages set them. The tagger reads the bullet as a word, and the recogniser then takes it into the name that follows,
so the speaker or the entity would be called "• Ridgeline Rail". The bullet marks the point, not the name; this
pipeline step, run right after the recogniser, leaves it out of the names it starts."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.step_entities import current_entities, set_entities

#: The name of the pipeline step.
STEP = "bulleted_names"
#: Glyphs that open a point of a list on a page.
BULLETS = frozenset("•‣◦▪▫●○■□►▸▶➢➤✓✔·")


@Language.component(STEP)
def bulleted_names(doc: Doc) -> Doc:
    """The document with a bullet that opens a name left out of it (and a name that was only a bullet dropped)."""
    if BULLETS.isdisjoint(text_of(doc)) or not any(e[0].text in BULLETS for e in current_entities(doc)):
        return doc  # most documents have none: their entities stay as they are
    kept = []
    for ent in current_entities(doc):
        start = ent.start
        while start < ent.end and doc[start].text in BULLETS:
            start += 1
        if start < ent.end:
            kept.append(ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_))
    set_entities(doc, kept)
    return doc
