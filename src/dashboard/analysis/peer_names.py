"""A peer's name after the title of the peerage ("Lord Ashdown-Creel, who was a minister, told BBC Radio 4",
"Baroness Hale said"), which the recogniser may tag an organisation, so that the peer speaks as an institution and
a later "he said" goes to someone else. British papers name members of the House of Lords so. This pipeline step,
run after the recogniser, tags the entity right after the capitalised title a person when it is one or two capitalised
words (a hyphen may join them) and no word of an organisation's name ("Lord Abbett Funds", "Lord & Taylor" stay
organisations); the title is left out of the name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import entity_of, places_of
from dashboard.analysis.names import ORGANISATION_HEADS
from dashboard.analysis.quotes.marks import HYPHENS
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "peer_names"
#: Titles of the peerage written before a peer's name.
PEERAGE_TITLES = ("Lord", "Lady", "Baroness", "Baron")
#: Labels the recogniser may give a peer named after the title.
_MISTAKEN = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})


@Language.component(STEP)
def peer_names(doc: Doc) -> Doc:
    """The document with each peer's name right after a title of the peerage tagged a person."""
    found = []
    for i in places_of(doc, PEERAGE_TITLES):
        if i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "B" or doc[i + 1].ent_type_ not in _MISTAKEN:
            continue
        name = entity_of(doc[i + 1])
        words = [t for t in name if t.text not in HYPHENS]
        if len(words) <= 2 and all(t.is_title and t.is_alpha and t.lower_ not in ORGANISATION_HEADS for t in words):
            found.append(Span(doc, name.start, name.end, label="PERSON"))
    return with_entities(doc, found)  # most documents name no peer: their entities stay as they are
