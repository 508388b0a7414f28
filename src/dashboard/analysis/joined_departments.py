"""Federal departments whose name joins fields with "and" before "Canada" ("Environment and Climate Change Canada",
"Innovation, Science and Economic Development Canada"), which the recogniser may leave untagged, so that the parser's
reading of the last field as a name ("Change Canada") stood for the department. This pipeline step, run after the
recogniser, gives such a name one organisation span: capitalised words joined by "and" (and commas before it) right
before "Canada", none of them tagged or only the last fields with "Canada" ("[Citizenship Canada]"), the run opening
the sentence or after a word that is no name's."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "joined_departments"
_JOINS = frozenset({"and", ","})


@Language.component(STEP)
def joined_departments(doc: Doc) -> Doc:
    """The document with each department named by fields joined with "and" before "Canada" as one organisation."""
    found = [span for i in places_of(doc, ["Canada"]) if (span := _department(doc, i)) is not None]
    return with_entities(doc, found)


def _department(doc: Doc, end: int) -> Span | None:
    """The department whose name ends with "Canada" at `end`, or None."""
    start = _tagged_start(doc, end)
    if start is None:
        return None  # "Canada" inside a longer name the recogniser tagged
    while start > 0 and _part(doc, start - 1):
        start -= 1
    while start < end and doc[start].text in _JOINS:
        start += 1
    joins = [t.i for t in doc[start:end] if t.lower_ == "and"]
    if not joins or joins[-1] == end - 1:
        return None  # no fields joined, or "X and Canada": two names
    before = doc[start - 1] if start else None
    opens = before is None or doc[start].is_sent_start or not (before.text[:1].isupper() or before.text == "-")
    return Span(doc, start, end + 1, label="ORG") if opens else None


def _tagged_start(doc: Doc, end: int) -> int | None:
    """Where the name that "Canada" at `end` closes starts as the recogniser tagged it: `end` when it tagged "Canada"
    alone or not at all, the first of the last fields when it tagged only those ("[Citizenship Canada]" of
    "Immigration, Refugees and Citizenship Canada"), None when "Canada" is inside a longer name ("Bank of Canada")."""
    if not doc[end].ent_type_:
        return end
    if end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        return None
    start = end
    while doc[start].ent_iob_ == "I":
        start -= 1
    fields = all(t.is_title and t.is_alpha and not t.is_stop or t.lower_ == "and" for t in doc[start:end])
    return start if doc[start].ent_type_ == "ORG" and fields or start == end else None


def _part(doc: Doc, i: int) -> bool:
    """A word that may be part of such a name: an untagged capitalised word, "and", or a comma before more of it."""
    token = doc[i]
    if token.ent_type_:
        return False
    if token.lower_ == "and" or token.text == ",":
        return i > 0 and doc[i - 1].is_title and not doc[i - 1].ent_type_
    word = token.is_title and token.is_alpha and not token.is_stop
    return word or token.text == "-" and not token.whitespace_ and i > 0  # "Agri-Food"
