"""The body an "it" stands for when it opens a clause joined to one whose subject is a body described by a common
noun ("The agency has Germany on a stable outlook, and it said in a note …"): the writer who goes on with "it"
after "and" goes on with the subject of the clause before, not with a body named further back."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.joined_clause_subjects import subject_of_joined_clause


def subject_before_joined_it(it: Token) -> Token | None:
    """The subject of the clause that the clause of `it` is joined to, when it is a common noun no name tags ("the
    agency"); None for any other subject, or when `it` opens no joined clause."""
    if it.lower_ != "it":
        return None
    noun = subject_of_joined_clause(it)
    return noun if noun is not None and noun.tag_ == "NN" and not noun.ent_type_ else None
