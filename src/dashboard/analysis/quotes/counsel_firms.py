"""Law firms named only as where a lawyer works: "Stridewell's counsel, Ana Ruiz of the firm Halloway & Pike, said …"
names the firm to tell who the lawyer is, and a reader does not take "the company said" after it for the law firm but
for the client the story is about. A name right after "law firm", or after "the firm" that follows "of", "at" or
"with" in a sentence that calls someone a lawyer, is such a firm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.names import words

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Words for a lawyer, one of whom a firm named after "of the firm" employs.
_LAWYERS = words("counsel lawyer lawyers attorney attorneys solicitor solicitors barrister barristers")
#: Prepositions that tie a person to the firm they work at.
_AT = words("of at with from")


def names_counsel_firm(cast: People, p: int, i: int) -> bool:
    """Whether the organisation whose name holds token i of paragraph p is named as a lawyer's law firm."""
    doc = cast.docs[p]
    ent = cast.entity(p, doc[i])
    start = ent.start if ent is not None else i
    if start < 3 or doc[start - 1].lower_ != "firm":
        return False
    if doc[start - 2].lower_ == "law":
        return True
    before = doc[doc[start - 1].sent.start : start]
    return doc[start - 2].lower_ == "the" and doc[start - 3].lower_ in _AT and any(t.lower_ in _LAWYERS for t in before)
