"""A name after the title "Advocate" ("State prosecutor Advocate Lindiwe Mbatha", "Advocate Karin de Villiers said"),
which the recogniser may tag an organisation, so that what the advocate asked went to someone else. Courts in South
Africa and India name counsel so. This pipeline step, run after the recogniser, tags the entity right after the
capitalised title a person when every word of it is capitalised or a name's particle; the title is left out of the
name, as "Advocate" is no part of it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import entity_of, places_of
from dashboard.analysis.particle_names import NAME_PARTICLES
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "advocate_names"
#: Labels the recogniser may give a person named after the title.
_MISTAKEN = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})


@Language.component(STEP)
def advocate_names(doc: Doc) -> Doc:
    """The document with each name right after "Advocate" tagged a person."""
    found = []
    for i in places_of(doc, ("Advocate",)):
        if i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "B" or doc[i + 1].ent_type_ not in _MISTAKEN:
            continue
        name = entity_of(doc[i + 1])
        words = [t for t in name if t.lower_ not in NAME_PARTICLES]  # "du Plessis", "van der Merwe"
        if len(words) >= 2 and all(t.is_title and t.is_alpha for t in words):
            found.append(Span(doc, name.start, name.end, label="PERSON"))
    return with_entities(doc, found)  # most documents name no advocate: their entities stay as they are
