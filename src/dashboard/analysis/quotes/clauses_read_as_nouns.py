"""Clauses set off after a name that the tagger read as nouns, and the parser as an apposition that says who the person
is: "X, whose office intervenes in …," and "X, briefing reporters on Tuesday, said …" or "X, answering questions in
Amman, said …", which would make "briefing reporters" X's role and "Amman" X's body. A description may open with a
participle used as an adjective ("X, managing director of Y,", "X, acting chairman,", "X, visiting fellow at Y,"),
which stands right before a singular noun; a participle that takes a plural noun or a determined phrase as its object
("briefing reporters", "addressing the council", "leading one of three delegations") opens a clause."""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of plural nouns, which no participle used as an adjective before one person's role stands before.
_PLURAL = frozenset({"NNS", "NNPS"})
#: Dependencies of the words that make what follows a participle its object ("briefing the council").
_DETERMINERS = frozenset({"det", "nummod", "poss"})


def clause_read_as_noun(appositive: Token) -> bool:
    """Whether an apposition's noun is the end of a clause: one that opens with "whose", or with a participle whose
    object the rest is (the noun plural, or a determiner between them)."""
    opening = appositive.left_edge
    if opening.lower_ == "whose":
        return True
    if opening.tag_ != "VBG" or opening.i >= appositive.i:
        return False
    between = appositive.doc[opening.i + 1 : appositive.i]
    return appositive.tag_ in _PLURAL or any(t.dep_ in _DETERMINERS or t.pos_ == "NUM" for t in between)
