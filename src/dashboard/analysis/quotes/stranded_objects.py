"""Speakers the parser hung as an apposition on the end of what was said: in "X was banned after a test at last
year's Tour de France, the tribunal said", it reads "Tour de France" as the cue's subject, "the tribunal" as its
apposition, and leaves "last year's" behind in the clause said. A subject whose phrase follows the clause said with
no mark between (a comma, a dash or a quotation mark closes what was said before a speaker) belongs to that clause,
so the speaker is the name set off by a comma after it. Not when the subject ends a name the parser cut up ("Ana
Cláudia dos Reis Moreira", read as a clause "Cláudia dos" and a subject "Reis Moreira")."""

from __future__ import annotations

from spacy.tokens import Token

#: Kinds of names that speak.
_SPEAKING = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def speaker_after_stranded_object(subject: Token) -> Token:
    """The apposition set off by a comma after a cue's subject when the subject's phrase runs on from the clause said
    before it (the word before it is a word of that clause, or its possessive ending); the subject itself otherwise."""
    start = min(t.i for t in subject.subtree if not t.is_punct)  # not the closing mark the parser hung on it
    verb = subject.head
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i]
    before = subject.doc[start - 1] if start > 0 else None
    if not said or before is None or before.is_punct and before.tag_ != "POS" or subject.dep_ != "nsubj":
        return subject
    if not said[-1].left_edge.i <= before.i <= said[-1].right_edge.i:  # "…, said Ann Roe, a spokeswoman": the cue
        return subject
    if subject.ent_iob_ == "I" and before.ent_type_ == subject.ent_type_:  # "Ana Cláudia dos Reis Moreira" cut up
        return subject
    set_off = [c for c in subject.rights if c.dep_ == "appos" and subject.doc[c.left_edge.i - 1].text == ","]
    named = set_off and set_off[0].ent_type_ in _SPEAKING  # a name, not "coordinator of …" nor an age
    return set_off[0] if named else subject
