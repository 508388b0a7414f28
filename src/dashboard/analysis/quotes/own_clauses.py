"""Whether an unnamed person described as a subject ("a spokesman said") spoke in a clause of their own, so that a
later "he" or "she" of the paragraph may be them: not the asker of a question ("the judge asked …", "Asked by a
member of the audience whether …, she paused": the one asked answers after it), nor someone
inside another person's clause ("she asks the judge to have a witness repeat a phrase": the witness is what she asks
for, and "she says" after it is still her; "she said the rashes that a nurse told her were caused by …": the nurse
speaks in a clause of the rashes, inside hers; "he says he was on the truck when his neighbour phoned to tell him …":
the neighbour speaks in a clause of time, inside his)."""

from __future__ import annotations

from spacy.tokens import Token

#: Subjects that name someone: an embedding verb with one makes the clause below it theirs.
_NAMING_POS = frozenset({"PRON", "PROPN"})
#: Clauses that hang on a verb or noun above them: what is said, what is meant to be done, a relative clause, and a
#: clause of time or cause ("X says he was on the truck when his neighbour phoned to tell him …": the neighbour is
#: inside what X says).
_INSIDE = frozenset({"ccomp", "xcomp", "relcl", "advcl"})
#: Words a relative clause may hang on.
_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def speaks_in_own_clause(subject: Token) -> bool:
    """Whether a described subject's verb asks nothing and hangs on no verb whose subject is a name or pronoun."""
    verb = subject.head
    if verb.lemma_ == "ask" or subject.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lemma_ == "ask":
        return False
    while verb.dep_ in _INSIDE and verb.head is not verb:
        verb = verb.head
        while verb.pos_ in _NOUN_POS and verb.head is not verb:  # a relative clause's noun, up to its verb
            verb = verb.head
        if any(c.dep_ == "nsubj" and c.pos_ in _NAMING_POS for c in verb.children):
            return False
    return True
