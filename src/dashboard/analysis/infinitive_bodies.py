"""Organisations named by what they are for: "The Group to Support Islam and Muslims (JNIM) said …", "The Campaign to
End Child Poverty said …". The recogniser tags the first word alone ("Group") or nothing, and the parser reads the
rest as a clause, so the body spoke as "Group" or as an unnamed "to End Child Poverty". This pipeline step, run after
the recogniser, gives such a name one organisation span: a capitalised word for a body, "to", and a run of two or
more capitalised words (with "and", "of", "the" or "for" inside it) after, with any capitalised words right before
the body word that open its name; not a name the recogniser already tagged across the "to"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import words
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "infinitive_bodies"
#: Words for a body that its name may open with before "to" ("Committee to Protect Journalists").
_BODY_WORDS = words("""
group committee campaign coalition alliance fund network movement council foundation society partnership project
commission centre center institute league association front organisation organization initiative trust
""")
#: Small words inside a name after "to" ("Group to Support Islam and Muslims", "Campaign for the …").
_INSIDE = frozenset({"and", "of", "the", "for", "in", "on", "&"})


@Language.component(STEP)
def infinitive_bodies(doc: Doc) -> Doc:
    """The document with each body named by what it is for tagged one organisation."""
    found = [span for i in places_of(doc, ["to"]) if (span := _body_at(doc, i)) is not None]
    return with_entities(doc, found)


def _body_at(doc: Doc, to: int) -> Span | None:
    """The organisation whose name has "to" at token `to`, or None."""
    if to == 0 or to + 2 >= len(doc) or doc[to - 1].lower_ not in _BODY_WORDS or not _capital(doc[to - 1]):
        return None
    if doc[to].ent_iob_ == "I":
        return None  # the recogniser took "to" into the name itself ("the Coalition to Stop Trump")
    end = to + 1
    while end < len(doc) and (_capital(doc[end]) or doc[end].lower_ in _INSIDE and _capital_after(doc, end)):
        end += 1
    if end - to - 1 < 2 or doc[end - 1].ent_type_ == "PERSON":
        return None  # "Group to Meet", or a person after
    start = to - 1
    while start > 0 and _capital(doc[start - 1]) and not doc[start - 1].is_sent_start:
        start -= 1
    return Span(doc, start, end, label="ORG")


def _capital(token: Token) -> bool:
    """A capitalised word of letters, not one all in capitals ("Support", not "RNC")."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


def _capital_after(doc: Doc, i: int) -> bool:
    """Whether a capitalised word follows the small words from token i on."""
    while i < len(doc) and doc[i].lower_ in _INSIDE:
        i += 1
    return i < len(doc) and _capital(doc[i])
