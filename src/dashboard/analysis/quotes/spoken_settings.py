"""Settings of speech the cue is said "in" or "on" besides the gatherings and written messages of setting_clauses: a
speech or an address ("said in a televised address that …", "said in a speech to parliament that …") and a call
("told investors on a call that …", "said on a conference call that …"). Like a statement, a speech holds just what
was said in it, and a call no "that" clause of its own, so a clause with a subject of its own that the parser hung on
such a noun is what the cue said."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Nouns of what is said aloud, with the preposition a cue is said in them by.
_SPOKEN = {"in": words("speech address"), "on": words("call")}


def said_in_spoken_setting(noun: Token) -> bool:
    """Whether `noun` is a speech or an address the cue was said "in", or a call it was said "on"."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in _SPOKEN.get(noun.head.lower_, ())
