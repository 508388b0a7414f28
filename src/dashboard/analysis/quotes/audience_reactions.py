"""How an audience met what was said ("…," she said, to laughter from the room; he said to applause): write-ups of
speeches, panels and hearings add it after the cue, and the parser may read "to laughter" as an infinitive the cue
governs, as in "urged them to leave"; it tells how the words were received, so it is no part of what was said."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Nouns of an audience's reaction that "to" puts after a cue ("to applause", "to cheers from delegates").
_REACTIONS = words("laughter laughs applause cheers cheering jeers jeering boos booing gasps murmurs groans heckling")


def audience_reaction(token: Token) -> bool:
    """Whether a word the parser hung on a cue is an audience's reaction after "to" ("to laughter from the room")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ in _REACTIONS and before is not None and before.lower_ == "to"
