"""Organisations told by where they are based: "Tasman Lumen, based in Adelaide, said …" is set off by the seat of a
company, as news describes businesses and bodies and rarely a person, so a name the recogniser took for a person's (or
a work's) is an organisation's when it is so set off and opens with no given name the lexicon knows ("Ann Roe, based in
Geneva," stays a person)."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.given_names import gender_of_given_word

#: Participles that set off where an organisation sits ("X, based in Adelaide,", "X, headquartered in Oslo,").
_SEATED = frozenset({"based", "headquartered"})
#: Prepositions of the seat after the participle.
_AT = frozenset({"in", "at", "near", "outside"})


def seated_body(ent: Span) -> bool:
    """Whether a name is set off by where it is based (", based in Y"), and opens with no given name the lexicon
    knows."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in _SEATED:
        return False
    return doc[ent.end + 2].lower_ in _AT and not gender_of_given_word(ent[0].text)
