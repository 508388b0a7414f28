"""Shipping companies named after the trade that calls them lines ("Danish container line Holmgaard Line", "the cruise
line Azure Seas"). The recogniser often takes such a name for a product or a person, or leaves it untagged, so the
company reads as a person "Danish container line Holmgaard Line" or says nothing at all. GUIDELINES.md names a
company speaking as itself as an institution, by its name. This pipeline step, run after the recogniser, tags one
organisation the run of capitalised proper nouns right after "line" when a word of shipping's trades opens the phrase
("container line", "shipping line", "cruise line", "ferry line"): "line" alone is no trade (a "front line", a "party
line")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of_keys, word_keys
from dashboard.analysis.names import words
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.trade_named import company_named

#: The name of the pipeline step.
STEP = "shipping_lines"
_LINE_KEYS = word_keys(("line",))
#: Trades whose word before "line" makes it a shipping company's ("container line", "cruise line").
_TRADES = words("container shipping cruise ferry tanker cargo freight")


@Language.component(STEP)
def shipping_lines(doc: Doc) -> Doc:
    """The document with each shipping line named after its trade ("container line X") tagged an organisation."""
    found: list[Span] = []
    for i in places_of_keys(doc, _LINE_KEYS):
        if not i or doc[i - 1].lower_ not in _TRADES:
            continue
        end = i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end == i + 1:
            continue
        if name := company_named(doc, i + 1, end):
            found.append(name)
    return with_entities(doc, found)
