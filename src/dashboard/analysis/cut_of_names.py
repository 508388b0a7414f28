"""Bodies' names the recogniser cut after the word that joins their parts: "The Irish Council for Digital Rights"
comes out as "The Irish Council for" and "Digital Rights", two organisations, and a body named after its city ("the
<Name> of <City>") as the organisation "the <Name> of" and the place. No name ends in "for", "of" or "on", so the body
that speaks or employs loses the words that say which it is. This pipeline step, run after the recogniser, joins an
organisation that ends in one of those words to the organisation or place tagged right after it. Not one whose name
opens with "the" ("the Legal Service of the Baltic Assembly": a service of another body that the article names
whole), nor a person's name or a date after it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

#: The name of the pipeline step.
STEP = "cut_of_names"
#: Words that join the parts of a body's name and end none.
_JOINING = frozenset({"for", "of", "on"})
#: Labels of what may end such a name: another part of it, or the place it serves.
_ENDS = frozenset({"ORG", "GPE"})


@Language.component(STEP)
def cut_of_names(doc: Doc) -> Doc:
    """The document with each organisation cut after "for", "of" or "on" joined to the name tagged right after it."""
    ents, joined = list(doc.ents), []
    i = 0
    while i < len(ents):
        rest = ents[i + 1] if i + 1 < len(ents) else None
        if rest is not None and _cut_before(ents[i], rest):
            joined.append(Span(doc, ents[i].start, rest.end, label="ORG"))
            i += 2
            continue
        joined.append(ents[i])
        i += 1
    if len(joined) != len(ents):  # most documents cut no name: their entities stay as they are
        doc.ents = joined
    return doc


def _cut_before(body: Span, rest: Span) -> bool:
    """Whether `rest` is the part of `body`'s name the recogniser cut off after its joining word."""
    if body.label_ != "ORG" or len(body) < 2 or body[-1].lower_ not in _JOINING or rest.start != body.end:
        return False
    return rest.label_ in _ENDS and rest[0].lower_ != "the" and rest[0].is_title
