"""A relative clause opened by "whose" that the parser hung on a cue as its complement: in "told reporters in an
interview that the panel would summon the trader, Delta Corp., whose office turned out to be an empty shed", the
"that" clause may be hung on "interview" and "whose office turned out …" made what "told" says. A clause whose subject
is owned by "whose" describes the noun before it; it is no clause of its own, and so not what the cue said (the
clause it belongs to, read after the setting, is: setting_clauses)."""

from __future__ import annotations

from spacy.tokens import Token


def relative_taken_for_clause(child: Token) -> bool:
    """Whether `child`, a clause the parser made the complement of a cue, has a subject owned by "whose" that opens it
    after the cue: a relative clause of a noun before it."""
    if child.dep_ != "ccomp" or child.i < child.head.i:
        return False
    subject = next((c for c in child.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.left_edge.lower_ != "whose":
        return False
    return subject.left_edge.i == child.left_edge.i
