"""Gatherings told something: "told a news conference the bank had acted", "told parliament the plan would stand".

A cue's listener may be a gathering rather than people. The parser reads the clause told without "that" as a
relative clause of it, as it does after any listener; after people it is one only when it holds an object or a modal
of its own ("told the hearing the company had built a dam", not "told the man she married"). A gathering is rarely
the object a clause leaves out, so after one the clause is what was told when its verb holds words after it (an
adverb, a clause of why, a phrase of when or where: "the bank had acted because the shilling fell"), not when it
stops at the verb ("told the meeting she had left"). A verb that holds the gathering itself stays a true relative
clause all the same ("told the meeting she chaired that …", what_said's verbs of holding)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Gatherings a speaker tells something: meetings, hearings and the bodies that sit in them.
GATHERINGS = words("""
    conference briefing meeting hearing rally summit forum audience crowd session gathering assembly parliament
    congress convention seminar symposium inquiry tribunal webinar
""")


def told_to_gathering(clause: Token, listener: Token) -> bool:
    """Whether `clause`, read as a relative clause of the cue's listener, is what a gathering was told: the listener
    is a gathering and the clause's verb holds words after it."""
    if listener.lemma_.lower() not in GATHERINGS:
        return False
    return any(not c.is_punct for c in clause.rights)
