"""Names the recogniser runs on past a dash set off by spaces: "Ada Roe - Tom Ball's partner - told …" tagged
"Ada Roe - Tom Ball", "Mr. Ball - 60 percent" tagged as one person. A dash with a space on each side opens an aside
or a new phrase and is never a word of a name ("Ann Ross-Hay" and "Jean-Luc" hold theirs with no spaces); this step
ends the name before it, unless all before it is one word that is no name ("Weak - Roe - weak", a word said again),
where the name is after the dash and is left to the steps after this one. A title of a work keeps its dash ("Songs -
Live at the Garden")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.step_entities import current_entities, set_entities

#: The name of the pipeline step.
STEP = "dashed_ends"
#: Dashes and hyphens a writer sets off by spaces.
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


@Language.component(STEP)
def dashed_ends(doc: Doc) -> Doc:
    """The document with each name (but a work's title) ended before a dash set off by spaces inside it."""
    dashes = places_of(doc, _DASHES)
    if not dashes:
        return doc  # most documents have no dash at all: no entity is read
    entities = current_entities(doc)
    if not any(e.start < i < e.end and _spaced_dash(doc[i]) for e in entities for i in dashes):
        return doc  # most documents have none inside a name: their entities stay as they are, no word of them read
    kept = []
    for ent in entities:
        inside = (i for i in dashes if ent.start < i < ent.end and _spaced_dash(doc[i]))
        cut = next(inside, None) if ent.label_ != "WORK_OF_ART" else None
        if cut is None or cut == ent.start + 1 and doc[ent.start].pos_ != "PROPN":
            kept.append(ent)  # "Weak - Roe - weak": no name before the dash, the steps after it cut the name
        else:
            kept.append(Span(doc, ent.start, cut, label=ent.label_))
    set_entities(doc, kept)
    return doc


def _spaced_dash(token: Token) -> bool:
    """A dash with a space before and after it."""
    before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in _DASHES and bool(token.whitespace_) and before
