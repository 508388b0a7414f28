"""The subject of the clause a cue is joined to ("Ann Orr, for the defence, said …, but the judge said …"). A writer
who joins two clauses and gives the second a subject of its own names a second speaker there: had the first spoken
again, the second clause would have no subject or a pronoun. So a bare title that opens the second clause ("the
judge") is someone other than the subject of the first, even when that person is all the sentence is about."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies of a subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def subject_of_joined_clause(subject: Token) -> Token | None:
    """The subject of the clause before, when `subject` is the subject of a verb joined to that clause by a
    conjunction ("X said …, but the judge said …": X); None when the verb is joined to none or it has no subject."""
    verb = subject.head
    if subject.dep_ not in _SUBJECTS or verb.dep_ != "conj" or verb.head.i >= subject.i:
        return None
    return next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)


def names_the_joined_subject(subject: Token, position: int) -> bool:
    """Whether the word at `position` lies within the subject of the clause `subject`'s clause is joined to."""
    other = subject_of_joined_clause(subject)
    return other is not None and other.left_edge.i <= position <= other.right_edge.i
