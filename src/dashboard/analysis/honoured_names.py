"""A barrister's name before the honour that follows it ("Imogen Fairweather KC told the jury", "Hal Moss SC, for
the State,"), which the recogniser may split into a place and an organisation ("Imogen" and "KC"). Courts in
Britain, Ireland and Australia name counsel so. This pipeline step, run after the recogniser, tags the name and its
honour a person, as the recogniser tags "Tom Eastgate KC" when it reads it whole; the honour is no part of the
speaker's name (profiles)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "honoured_names"
#: Honours of senior counsel written after the name: King's and Queen's Counsel, Senior Counsel.
COUNSEL_HONOURS = frozenset({"KC", "QC", "SC"})


@Language.component(STEP)
def honoured_names(doc: Doc) -> Doc:
    """The document with each given name and surname before a counsel's honour tagged a person with the honour."""
    found = [span for i in places_of(doc, COUNSEL_HONOURS) if (span := _honoured_name(doc, doc[i])) is not None]
    return with_entities(doc, found)  # most documents name no counsel: their entities stay as they are


def _honoured_name(doc: Doc, honour: Token) -> Span | None:
    """ "Imogen Fairweather KC": the span of a given name, a capitalised surname and the honour, when the recogniser
    did not already tag it a person."""
    i = honour.i
    if i < 2:
        return None
    given, last = doc[i - 2], doc[i - 1]
    if not (given.is_title and last.is_title) or given.lower_ in TITLES or not gender_of_given_word(given.text):
        return None
    if all(t.ent_type_ == "PERSON" for t in (given, last, honour)):
        return None  # read whole already
    return Span(doc, i - 2, i + 1, label="PERSON")
