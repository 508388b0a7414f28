"""Whether a cue's clause runs straight into a quotation: "as one worker told the Gazette, “…”", "as she angrily said,
“…”". A cue under "as", "when" or "after" does not introduce a quotation beside it in general, but one whose clause
ends with a comma or colon and an opening quotation mark does: those are the words the clause reports."""

from __future__ import annotations

from spacy.tokens import Token

#: Marks that open a quotation.
_OPENING = frozenset({"\u201c", '"', "''"})
#: How far after the cue the quotation may open, past its listener and a word of how or when.
_REACH = 8


def runs_into_quotation(verb: Token) -> bool:
    """Whether the quotation opens right after the cue's clause: after the cue, its listener or a few words of how,
    where or when, a comma or colon, then an opening mark, with no other verb between."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(verb.i + 1 + _REACH, len(doc))]:
        if t.text in (",", ":"):
            return t.i + 1 < len(doc) and doc[t.i + 1].text in _OPENING
        if t.pos_ in ("VERB", "AUX") or t.is_sent_start or t.text in _OPENING:
            return False
    return False
