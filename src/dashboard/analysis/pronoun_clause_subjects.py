"""A person's sign after a name the recogniser took for an organisation: "Doreen Kowalchuk-Baptiste taught Grade 4
for 31 years before she retired" comes out as an untagged "Doreen" and the organisation "Kowalchuk-Baptiste", but a
clause hung on the name's verb goes on with "she" or "he" as its subject, where a body would take "it". Read by
`given_before_hyphen`, only for a joined surname so tagged after a given name the lexicon knows, of the pronoun's
gender."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.given_names import gender_of_given_word

#: The subject pronouns of a person, by the gender of the given name they go with.
_SUBJECTS = {"she": "f", "he": "m"}
#: Clauses hung on a verb whose subject carries on the subject of that verb ("before she retired", "and he stayed").
_CARRIED = frozenset({"advcl", "conj"})


def goes_on_as_he_or_she(ent: Span) -> bool:
    """Whether `ent`, right after a given name the lexicon knows, is the subject of a verb on which a clause hangs
    whose subject is the "she" or "he" of that name's gender ("X taught … before she retired")."""
    root = ent.root
    if root.dep_ != "nsubj" or ent.start == 0:
        return False
    gender = gender_of_given_word(ent.doc[ent.start - 1].text)
    if not gender:
        return False
    verb = root.head
    clauses = (c for c in verb.children if c.dep_ in _CARRIED and c.i > ent.end)
    return any(s.dep_ == "nsubj" and _SUBJECTS.get(s.lower_) == gender for clause in clauses for s in clause.children)
