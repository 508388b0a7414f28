"""A relative clause opened by "whose" that the parser hung on a cue as its complement: in "told reporters in an
interview that the panel would summon the trader, Delta Corp., whose office turned out to be an empty shed", the
"that" clause may be hung on "interview" and "whose office turned out …" made what "told" says. A clause whose subject
is owned by "whose" describes the noun before it; it is no clause of its own, and so not what the cue said (the
clause it belongs to, read after the setting, is: setting_clauses). So is a clause opened by "whose" or "which" that a
comma sets off after a cue set in the middle of what was said ("The company has begun building next to old coal
plants, she adds, whose grid connections it can reuse", the cue hung on those words): it describes a noun of the
words before the cue, which are what was said; an indirect question after the cue ("asked whose idea it was") has no
comma before it, and a cue that opens what was said keeps the clause after its object ("asked them to find, which
would …"), as its words may run on into it."""

from __future__ import annotations

from spacy.tokens import Token

#: Words that open a relative clause set off by a comma, never a clause a cue says ("…, she adds, whose …").
_RELATIVE_OPENERS = frozenset({"whose", "which"})


def relative_taken_for_clause(child: Token) -> bool:
    """Whether `child`, a clause the parser made the complement of a cue, has a subject owned by "whose" that opens it
    after the cue: a relative clause of a noun before it."""
    if child.dep_ != "ccomp" or child.i < child.head.i:
        return False
    opener, cue = child.left_edge, child.head
    set_off = opener.lower_ in _RELATIVE_OPENERS and opener.i > cue.i + 1 and opener.nbor(-1).text == ","
    if set_off and cue.dep_ == "parataxis":  # "…, she adds, whose grid connections it can reuse": set off after a
        return True  # cue in the middle of what was said, a clause of a noun before the cue
    subject = next((c for c in child.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.left_edge.lower_ != "whose":
        return False
    return subject.left_edge.i == child.left_edge.i
