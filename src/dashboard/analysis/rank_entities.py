"""Abbreviated ranks that the recogniser reads as places or organisations: "said Pfc. Tom Reyes" gives the place
"Pfc.", "Brig. Gen. Ada Brenn" the place "Brig.", and "Air Force 1st Lt. Tom Reyes" the organisation "Air Force
1st", which then stand as the speaker's affiliation. This pipeline step, run last, after every step that tags
entities, drops an entity that is no more than an abbreviated rank, and the ordinal that ends an organisation's span
right before a rank."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.abbreviations import ABBREVIATED_TITLES
from dashboard.analysis.doc_text import forget_entities, places_of
from dashboard.analysis.step_entities import current_entities, set_entities

#: The name of the pipeline step.
STEP = "rank_entities"
#: An ordinal written in figures ("1st", "2nd", "3rd", "4th").
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


@Language.component(STEP)
def rank_entities(doc: Doc) -> Doc:
    """The document without entities that are only an abbreviated rank, and without the ordinal of a rank ("1st
    Lt.") in the organisation before it."""
    if not places_of(doc, ABBREVIATED_TITLES, lower=True):  # both cases need a rank's word; most paragraphs have none
        return doc
    ents = current_entities(doc)  # read once: spaCy builds every entity's Span anew at each read
    kept = [span for ent in ents if (span := _without_rank(doc, ent)) is not None]
    if kept != list(ents):
        set_entities(doc, kept)
        forget_entities(doc)
    return doc


def _without_rank(doc: Doc, ent: Span) -> Span | None:
    """`ent` without the rank's words it holds; None when it is nothing else."""
    if ent.label_ != "PERSON" and all(t.lower_ in ABBREVIATED_TITLES for t in ent):
        return None
    before_rank = ent.end < len(doc) and doc[ent.end].lower_ in ABBREVIATED_TITLES
    if ent.label_ == "ORG" and len(ent) > 1 and before_rank and _ORDINAL.match(ent[-1].lower_):
        return Span(doc, ent.start, ent.end - 1, label=ent.label_)
    return ent
