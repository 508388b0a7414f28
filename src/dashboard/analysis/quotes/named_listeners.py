"""Listeners known by a proper name told something without "that": "told the I-Team his office had asked for a
higher bail", "told KXRT her crews had worked through the night".

The parser may read the clause told as a relative clause of the listener, as it does after any listener; after people
it is one only when it holds an object or a modal of its own (what_said's `_opens_clause_without_that`). A clause with
no relative word restricts the noun it is hung on ("the man she married"), and a name, a station or a newspaper known
by its name, takes no restriction, so after a proper name the clause is what was told when its verb holds words after
it, as after a gathering (gatherings.py)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.gatherings import told_to_gathering


def told_to_listener(clause: Token, listener: Token) -> bool:
    """Whether `clause`, read as a relative clause of the cue's listener, is what a gathering ("told the hearing the
    bank had acted") or a listener known by a proper name was told."""
    return told_to_gathering(clause, listener) or told_to_name(clause, listener)


def told_to_name(clause: Token, listener: Token) -> bool:
    """Whether the listener is a proper name and the clause hung on it holds words after its verb."""
    return listener.pos_ == "PROPN" and any(not c.is_punct for c in clause.rights)
