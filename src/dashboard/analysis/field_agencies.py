"""Canadian public agencies named by their field and the country or province they serve ("Elections BC", "Elections
Ontario", "Tourism Nova Scotia"), which the recogniser leaves untagged or cuts to the place ("BC" as an organisation).
This pipeline step, run after the recogniser, gives such a name one organisation span: a capitalised word of a field
of government right before the name of Canada or of a province or territory, the two not inside a longer name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of_keys, word_keys
from dashboard.analysis.names import words
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "field_agencies"
#: Fields a public agency oversees, which name it before the place it serves ("Elections Canada", "Parks Canada").
_FIELDS = words("""
elections statistics parks tourism transport health environment infrastructure housing service employment heritage
""")
#: Canada, its provinces and territories, as news writes them, each a tuple of words.
_PLACES = frozenset(
    tuple(place.split())
    for place in (
        "Canada",
        "Ontario",
        "Quebec",
        "Québec",
        "BC",
        "B.C.",
        "Alberta",
        "Saskatchewan",
        "Manitoba",
        "Nova Scotia",
        "New Brunswick",
        "NB",
        "PEI",
        "P.E.I.",
        "Prince Edward Island",
        "Newfoundland and Labrador",
        "NL",
        "Yukon",
        "Nunavut",
        "NWT",
        "Northwest Territories",
    )
)
_LONGEST = max(len(p) for p in _PLACES)
_FIELD_KEYS = word_keys(_FIELDS)


@Language.component(STEP)
def field_agencies(doc: Doc) -> Doc:
    """The document with each agency named by its field and place as one organisation."""
    found: list[Span] = []
    for token in (doc[i] for i in places_of_keys(doc, _FIELD_KEYS, lower=True) if i < len(doc) - 1):
        if not token.is_title or found and token.i < found[-1].end:
            continue
        before = doc[token.i - 1] if token.i else None
        if before is not None and before.is_title and before.is_alpha and not token.is_sent_start:
            continue  # "Northern Health Canada Fund": inside a longer name
        end = next(
            (
                token.i + 1 + n
                for n in range(_LONGEST, 0, -1)
                if tuple(t.text for t in doc[token.i + 1 : token.i + 1 + n]) in _PLACES
            ),
            0,
        )
        if not end or end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            continue  # "Parks Canada Agency" is the recogniser's to tag whole
        if not any(
            e.start < end and token.i < e.end and (e.start < token.i or e.end > end) for e in current_entities(doc)
        ):
            found.append(Span(doc, token.i, end, label="ORG"))  # not "Health Canada’s X Agency", tagged whole
    return with_entities(doc, found)
