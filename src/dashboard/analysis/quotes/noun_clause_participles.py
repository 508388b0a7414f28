"""A participle of speech after a comma that the parser hung on the clause of a noun rather than on the main verb:
"The minister has rejected claims that the board misled the council, telling reporters that …", where "telling"
hangs on "misled", the content of "claims". Who rejected the claims tells, as with "rejected the idea that …, saying"
(a clause the parser hung on the noun as a modifier), and as with "endorsed Proposition 127, a ballot measure that
would tax rentals …, calling it “…”", where the clause hangs on an apposition after the object. Ledes of political
news are often built so."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.relative_predicates import RELATIVES


def clause_of_noun(verb: Token) -> bool:
    """Whether the verb heads a clause that describes a noun or says what the noun holds ("the idea that …", "claims
    that …", "a plan which …")."""
    return verb.dep_ in ("acl", "relcl") or verb.dep_ == "ccomp" and verb.head.pos_ == "NOUN"


def noun_of_clause(verb: Token) -> Token:
    """The noun a clause hangs on; for a relative clause on an apposition whose subject is the relative pronoun
    ("endorsed Proposition 127, a ballot measure that would tax rentals …, calling it “…”"), the noun the apposition
    describes, the object of the verb whose subject the participle after the clause continues. A clause with a
    subject of its own ("a charge that the party's leaders denied, noting …") names who speaks in it."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "appos":
        return noun
    return noun.head if any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in verb.children) else noun
