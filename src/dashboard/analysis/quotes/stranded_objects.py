"""Speakers the parser hung as an apposition on the end of what was said: in "X was banned after a test at last
year's Tour de France, the tribunal said", it reads "Tour de France" as the cue's subject, "the tribunal" as its
apposition, and leaves "last year's" behind in the clause said. A subject whose phrase follows the clause said with
no mark between (a comma, a dash or a quotation mark closes what was said before a speaker) belongs to that clause,
so the speaker is the apposition set off by a comma after it."""

from __future__ import annotations

from spacy.tokens import Token


def speaker_after_stranded_object(subject: Token) -> Token:
    """The apposition set off by a comma after a cue's subject when the subject's phrase runs on from the clause said
    before it (the word before it is a word of that clause, or its possessive ending); the subject itself otherwise."""
    start, verb = subject.left_edge.i, subject.head
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i]
    before = subject.doc[start - 1] if start > 0 else None
    if not said or before is None or before.is_punct and before.tag_ != "POS" or subject.dep_ != "nsubj":
        return subject
    if not said[-1].left_edge.i <= before.i <= said[-1].right_edge.i:  # "…, said Ann Roe, a spokeswoman": the cue
        return subject
    set_off = [c for c in subject.rights if c.dep_ == "appos" and subject.doc[c.left_edge.i - 1].text == ","]
    return set_off[0] if set_off else subject
