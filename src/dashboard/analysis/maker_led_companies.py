"""Companies named right after a one-word maker of goods that opens a sentence or a wire's own words ("Chipmaker
Halvorsen Microsystems said", "TOKYO (Reuters) - Steelmaker Orvik Steel said"). The recogniser, thrown by a dateline
before them, often leaves such a name untagged or takes it for a person with the trade as its first word, so the
company reads as a person "Chipmaker X". GUIDELINES.md names a company speaking as itself as an institution, by its
name. This pipeline step, run after the recogniser, tags one organisation the run of capitalised proper nouns right
after the capitalised maker word, up to a title ("Chipmaker X Chief Executive Y": X alone), when no entity it overlaps
reaches outside it or is tagged otherwise than by a slip. A maker in lower case inside a sentence ("ordered jets from
the planemaker Y") is left to the recogniser and to the rules that read the trade before a name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of_keys, word_keys
from dashboard.analysis.makers import COMPANY_MAKERS
from dashboard.analysis.names import TITLES, words
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.trade_named import company_named

#: The name of the pipeline step.
STEP = "maker_led_companies"
_MAKER_KEYS = word_keys(sorted(COMPANY_MAKERS))
#: Words that end the company's name where an officer's title starts ("chipmaker X Chief Executive Y").
_STOPS = TITLES | words("chief executive officer head founder boss")


@Language.component(STEP)
def maker_led_companies(doc: Doc) -> Doc:
    """The document with each company named right after a capitalised maker word ("Chipmaker X") tagged an
    organisation."""
    found: list[Span] = []
    for i in places_of_keys(doc, _MAKER_KEYS, lower=True):
        if not doc[i].is_title:
            continue
        end = i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].lower_ not in _STOPS:
            end += 1
        if end == i + 1 or any(t.dep_ != "compound" for t in doc[i + 1 : end - 1]):
            continue
        if name := company_named(doc, i + 1, end):
            found.append(name)
    return with_entities(doc, found)
