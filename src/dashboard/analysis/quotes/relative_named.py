"""A person described with a relative clause and then named: "A teenager who volunteers on Saturdays, Noor Hakim,
says …"; the parser hangs the name on the clause's last noun ("Saturdays"), not on the description it names."""

from __future__ import annotations

from spacy.tokens import Token

#: How the parser hangs the name on the clause: in apposition, or, after a clause that ends in a preposition ("The
#: producer I spoke to, Kim Ostrander, said"), as an adverbial noun of its verb.
_SET_OFF = frozenset({"appos", "npadvmod"})


def name_after_relative_clause(description: Token) -> Token | None:
    """The last word of a person's name set off by commas between a description's relative clause and the cue."""
    verb = description.head
    clauses = [c for c in description.rights if c.dep_ == "relcl"]
    if description.dep_ != "nsubj" or not clauses or verb.i <= description.i:
        return None
    doc = description.doc
    named = [
        t
        for t in clauses[-1].subtree
        if t.dep_ in _SET_OFF
        and t.ent_type_ == "PERSON"
        and t.i + 2 == verb.i
        and doc[t.i + 1].text == ","
        and (t.dep_ == "appos" or doc[t.left_edge.i - 1].text == ",")
    ]
    return named[0] if named else None
