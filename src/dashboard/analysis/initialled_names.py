"""Names of bodies the recogniser cut short though the article spells their initials out right after them: "The
Netherlands Authority for the Financial Markets (AFM) said …" comes out as "The Netherlands Authority" alone. This
pipeline step, run after the recogniser, tags the whole run an organisation when an organisation it tagged starts it,
the words after that one run on to the bracket with small words and capitalised ones only, and the capitals of the
whole run, "The" aside, spell the initials in the bracket, or do so after one more capital, a state's name's that
the initials leave out ("the US Securities and Exchange Commission (SEC)")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.names import words
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "initialled_names"
#: Small words a name holds between its capitalised ones ("Authority for the Financial Markets", "Banque de …").
JOINING = words("of for and the on in de du des la le del y et")
#: Most words a cut name may run on for.
_REACH = 8


@Language.component(STEP)
def initialled_names(doc: Doc) -> Doc:
    """The document with each organisation cut before the rest of the name its bracketed initials spell made whole."""
    if "(" not in text_of(doc):
        return doc  # no bracket, no initials in one: most paragraphs, told without reading their entities
    found = [span for ent in current_entities(doc) if ent.label_ == "ORG" and (span := _whole(doc, ent)) is not None]
    return with_entities(doc, found)


def _whole(doc: Doc, ent: Span) -> Span | None:
    """The organisation `ent` starts, run on to the bracket of initials its capitals spell; None when there is none."""
    end = ent.end
    while end < len(doc) and end - ent.end < _REACH and (doc[end].lower_ in JOINING or _capitalised(doc[end])):
        end += 1
    if end == ent.end or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    initials = doc[end + 1].text
    start = ent.start + (doc[ent.start].lower_ == "the")  # "The Netherlands Authority": "The" is no name's word
    run = doc[start:end]
    capitals = "".join(t.text[0] for t in run if _capitalised(t))
    spelt = capitals.endswith(initials) and len(capitals) - len(initials) <= 1  # "US Securities … Commission (SEC)"
    if not (initials.isupper() and initials.isalpha()) or not spelt or doc[end - 1].lower_ in JOINING:
        return None
    return Span(doc, start, end, label="ORG")


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()
