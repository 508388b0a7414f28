"""Ports that speak as bodies, named by the place they serve ("the Port of Calverton", "the Port of Calverton
Authority", "the Port Authority of Calverton"). The recogniser leaves "Port" out of the name, or the name untagged, so
"The Port of Calverton Authority said" reads as an official "Port" of "Calverton Authority". GUIDELINES.md names a body
speaking as itself as an institution, by its fullest name. This pipeline step, run after the recogniser, tags such a
port one organisation: a capitalised "Port" (no part of a person's name, nor after another capitalised word, as in
"Kevin Port of ...") with "of" and the place after it, and "Authority" when it closes the name; "port" as a common
noun is no body, nor is a city whose name is a port of a country ("flew to Port of Spain")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of_keys, word_keys
from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "port_bodies"
_PORT_KEYS = word_keys(("Port",))
#: Labels of a name that can be the place a port serves.
_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})


@Language.component(STEP)
def port_bodies(doc: Doc) -> Doc:
    """The document with each port named by its place ("the Port of X", "the Port Authority of X") one body."""
    found: list[Span] = []
    ents = current_entities(doc)
    for i in places_of_keys(doc, _PORT_KEYS):
        if found and i < found[-1].end or not _opens_name(doc, i, ents):
            continue
        of = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "Authority" else i + 1
        end = _place_end(doc, of + 1, ents) if of < len(doc) and doc[of].text == "of" else 0
        if end and not (of == i + 1 and is_country(doc[of + 1 : end].text) and _with_authority(doc, end) == end):
            found.append(Span(doc, i, _with_authority(doc, end), label="ORG"))
    return with_entities(doc, found)


def _opens_name(doc: Doc, i: int, ents: tuple[Span, ...]) -> bool:
    """Whether "Port" at `i` opens a body's name: no part of a person's name, nor after a capitalised word."""
    if any(e.start <= i < e.end and e.label_ == "PERSON" for e in ents):
        return False
    before = doc[i - 1] if i else None
    return before is None or doc[i].is_sent_start or not (before.is_title and before.is_alpha) or before.lower_ == "the"


def _place_end(doc: Doc, start: int, ents: tuple[Span, ...]) -> int:
    """Where the place after "of" ends: the name tagged there, or one capitalised proper noun; 0 when there is none."""
    place = next((e for e in ents if e.start == start), None)
    if place is not None:
        return place.end if place.label_ in _PLACE_LABELS else 0
    if start < len(doc) and doc[start].is_title and doc[start].pos_ == "PROPN" and doc[start].lower_ not in TITLES:
        return start + 1
    return 0


def _with_authority(doc: Doc, end: int) -> int:
    """The end of the port's name with "Authority" when it follows the place ("the Port of X Authority")."""
    return end + 1 if end < len(doc) and doc[end].text == "Authority" else end
