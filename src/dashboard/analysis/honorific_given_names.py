"""A given name the recogniser leaves out of a person's name after an honorific ("Mr Kiplagat Moraa Abuya" tagged
"Moraa Abuya"), as it does with given names it does not know. A word between "Mr", "Mrs", "Ms" or "Dr" and the name
the recogniser tagged belongs to it, whether it left the word untagged or tagged it a person with the honorific
("Mrs Nyaboke| Kerubo Ombati"): an honorific stands right before the first word of a name. This pipeline step, run
after the recogniser, tags the person from that word."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import GENDERED_TITLES, TITLES
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "honorific_given_names"
#: Honorifics that stand right before a person's first name, as written ("Mr", "Dr.").
_HONORIFICS = frozenset(
    w for t in (*GENDERED_TITLES, "dr", "dr.") if t not in ("sir", "dame") for w in (t.capitalize(), t.upper())
)


@Language.component(STEP)
def honorific_given_names(doc: Doc) -> Doc:
    """The document with each person tagged right after a word that follows an honorific given that word."""
    found = []
    for i in places_of(doc, _HONORIFICS):
        if i + 2 >= len(doc) or doc[i + 2].ent_iob_ != "B" or doc[i + 2].ent_type_ != "PERSON":
            continue
        given = doc[i + 1]
        if not given.is_title or given.pos_ != "PROPN" or given.lower_ in TITLES:
            continue
        if given.ent_type_ and (given.ent_type_ != "PERSON" or given.ent_iob_ == "B" and doc[i].ent_type_):
            continue  # a word of another entity, or the first of a person's name with the honorific outside it
        person = next(e for e in current_entities(doc) if e.start == i + 2)
        found.append(Span(doc, i + 1, person.end, label="PERSON"))
    return with_entities(doc, found)  # most documents have no such name: their entities stay as they are
