"""A name a story gives someone in place of their own, said so right after it: "Amal, not her real name, arrived …",
"Karim (not his real name) said", "Nour, a pseudonym, said", "Ali, whose name has been changed, said". Migration, war
and crime reporting names people who fear for themselves or their families this way, and the recogniser, which knows
the name from no context, often tags it nothing or a place; the words after it say it is a person's. This pipeline
step, run after the recogniser, tags the name (one to three capitalised words) a person."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "pseudonyms"
#: Words that open what sets a pseudonym apart: "not her real name", "a pseudonym", "whose name has been changed".
_OPENERS = ("not", "a", "whose")
#: What follows each opener, word by word, in lower case (a word of several forms is a set of them).
_TAILS = (
    ("not", frozenset({"her", "his", "their"}), frozenset({"real", "actual", "true"}), frozenset({"name"})),
    ("a", frozenset({"pseudonym"})),
    (
        "whose",
        frozenset({"name"}),
        frozenset({"has", "was", "is", "have"}),
        frozenset({"been"}),
        frozenset({"changed"}),
    ),
)
#: Marks that set the words off after the name.
_SET_OFF = frozenset({",", "(", "—", "–"})
#: The most words a pseudonym has.
_LONGEST = 3


@Language.component(STEP)
def pseudonyms(doc: Doc) -> Doc:
    """The document with each name set off before "not her real name" and the like tagged a person."""
    names = [span for i in places_of(doc, _OPENERS, lower=True) if (span := _name_before(doc, i)) is not None]
    return with_entities(doc, names)


def _name_before(doc: Doc, opener: int) -> Span | None:
    """The capitalised words before the mark that sets off the pseudonym's words opening at `opener`, if they are
    such words."""
    tail = next((t for t in _TAILS if t[0] == doc[opener].lower_), None)
    words = doc[opener + 1 : opener + len(tail)] if tail else []
    if (
        tail is None
        or len(words) != len(tail) - 1
        or any(w.lower_ not in forms for w, forms in zip(words, tail[1:], strict=True))
    ):
        return None
    end = opener - 1
    if end < 1 or doc[end].text not in _SET_OFF:
        return None
    start = end
    while (
        start > 0
        and end - start < _LONGEST
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and not doc[start - 1].is_stop
    ):
        start -= 1
    return Span(doc, start, end, label="PERSON") if start < end else None
