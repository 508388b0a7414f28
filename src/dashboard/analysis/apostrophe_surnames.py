"""A title and a surname written with an apostrophe ("Ms O’Neill said", "Dr D’Souza", "Mr N’Diaye"), which the
tagger may read as an adverb or a common noun and the recogniser as an organisation, so that the quote went to an
institution named "Ms O’Neill" rather than to the councillor the article named in full before. Irish, Italian, French
and west African surnames are often written so. This pipeline step, run after the recogniser, tags a personal title
and the apostrophe surname right after it a person, as the recogniser tags "Ms O'Neill" written with a straight
mark."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import PERSON_TITLES
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "apostrophe_surnames"
#: A surname of one word that opens with a short particle, an apostrophe and a capital ("O’Neill", "D'Arcy").
APOSTROPHE_SURNAME = re.compile(r"^[A-Z][a-z]{0,2}[’'][A-Z][a-z]+$")
#: Personal titles in the forms news writes them ("Ms", "Dr.", "Professor").
_TITLE_FORMS = frozenset(form for t in PERSON_TITLES for form in (t, t.capitalize()))


@Language.component(STEP)
def apostrophe_surnames(doc: Doc) -> Doc:
    """The document with each personal title and the apostrophe surname right after it tagged a person, unless the
    recogniser tagged the surname a person already."""
    found = []
    for i in places_of(doc, _TITLE_FORMS):
        if i + 1 >= len(doc) or not doc[i].text[:1].isupper():
            continue
        surname = doc[i + 1]
        if i + 2 < len(doc) and doc[i + 2].ent_iob_ == "I":
            continue  # a longer name the surname opens ("Dr O’Brien Foundation")
        if APOSTROPHE_SURNAME.match(surname.text) and surname.ent_type_ != "PERSON":  # "Mr. O'Brien", tagged so
            found.append(Span(doc, i, i + 2, label="PERSON"))
    return with_entities(doc, found)  # most documents hold no such name: their entities stay as they are
