"""What a cue of telling says when its object is the story told: "told the story of how the pier was saved",
"tells the tale of a ferry that sank": the words after "of" are what was told."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Nouns for what is told that name no content of their own ("the story of …").
TOLD = words("story stories tale tales anecdote anecdotes account")


def story_told(verb: Token) -> list[Token]:
    """The words after "of" that the object of "tell" holds, when that object is a story, a tale or an anecdote."""
    if verb.lemma_.lower() != "tell":
        return []
    for thing in (c for c in verb.rights if c.dep_ == "dobj" and c.lower_ in TOLD):
        for of in (c for c in thing.rights if c.dep_ == "prep" and c.lower_ == "of"):
            told = [t for c in of.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            if len(told) >= 3:
                return sorted(told, key=lambda t: t.i)
    return []
