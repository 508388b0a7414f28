"""A participle of speech after a comma that the parser hung on the clause of a noun rather than on the main verb:
"The minister has rejected claims that the board misled the council, telling reporters that …", where "telling"
hangs on "misled", the content of "claims". Who rejected the claims tells, as with "rejected the idea that …, saying"
(a clause the parser hung on the noun as a modifier). Ledes of political news are often built so."""

from __future__ import annotations

from spacy.tokens import Token


def clause_of_noun(verb: Token) -> bool:
    """Whether the verb heads a clause that describes a noun or says what the noun holds ("the idea that …", "claims
    that …", "a plan which …")."""
    return verb.dep_ in ("acl", "relcl") or verb.dep_ == "ccomp" and verb.head.pos_ == "NOUN"
