"""Bodies' names the recogniser cut after the word that joins their parts: "The Irish Council for Digital Rights"
comes out as "The Irish Council for" and "Digital Rights", two organisations, and a body named after its city ("the
<Name> of <City>") as the organisation "the <Name> of" and the place. No name ends in "for", "of" or "on", so the body
that speaks or employs loses the words that say which it is. This pipeline step, run after the recogniser, joins an
organisation that ends in one of those words to the organisation or place tagged right after it. Not one whose name
opens with "the" ("the Legal Service of the Baltic Assembly": a service of another body that the article names
whole), nor a person's name or a date after it; but a name cut after "del" or "de" ("the Universidad del" and
"Litoral Norte") is joined to the rest even when the rest was taken for a person's name. A bloc of states may be cut
before its "of" too ("The Economic Community" and the place "West African States"): an organisation, "of" and a place
of several words that ends in "States", "Nations" or "Countries" are one body; a company "of" a city, or "of the
United States", is not joined."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.retagged import with_next_joined

#: The name of the pipeline step.
STEP = "cut_of_names"
#: Words that join the parts of a body's name and end none.
_JOINING = frozenset({"for", "of", "on"})
#: Labels of what may end such a name: another part of it, or the place it serves.
_ENDS = frozenset({"ORG", "GPE"})
#: The same joining words of Spanish, Portuguese, Italian and French names ("Universidad del Litoral Norte"), after
#: which the recogniser may take the rest for a person's name as well: no name of a person opens a body's so joined.
_ROMANCE_JOINING = frozenset({"del", "de", "do", "da", "della", "di", "des", "du"})
#: The last words of the region a bloc of states is named after ("of West African States").
_MEMBERS = frozenset({"States", "Nations", "Countries"})


@Language.component(STEP)
def cut_of_names(doc: Doc) -> Doc:
    """The document with each organisation cut after "for", "of" or "on" joined to the name tagged right after it."""
    return with_next_joined(doc, _joined)


def _joined(body: Span, rest: Span | None) -> Span | None:
    """The body's whole name when `rest` is the part the recogniser cut off after its joining word; None otherwise."""
    if rest is None or not (_cut_before(body, rest) or _bloc_cut_before_of(body, rest)):
        return None
    return Span(body.doc, body.start, rest.end, label="ORG")


def _cut_before(body: Span, rest: Span) -> bool:
    """Whether `rest` is the part of `body`'s name the recogniser cut off after its joining word."""
    if body.label_ != "ORG" or len(body) < 2 or rest.start != body.end:
        return False
    joined = body[-1].lower_ in _JOINING and rest.label_ in _ENDS
    romance = body[-1].lower_ in _ROMANCE_JOINING and rest.label_ == "PERSON"  # "the Universidad del" + "Litoral Norte"
    return (joined or romance) and rest[0].lower_ != "the" and rest[0].is_title


def _bloc_cut_before_of(body: Span, rest: Span) -> bool:
    """Whether `rest` is the region of a bloc of states tagged apart after `body` and "of" ("The Economic Community"
    + "West African States")."""
    doc = body.doc
    if body.label_ != "ORG" or rest.label_ != "GPE" or rest.start != body.end + 1 or doc[body.end].lower_ != "of":
        return False
    return len(rest) > 1 and rest[-1].text in _MEMBERS and rest[0].is_title and rest[0].text != "United"
