"""Whom a cue's clause speaks to after "to": "he said to Ross", and "Speaking to local radio Cadena Serrana, he said
…", where the listener stands in the participle that opens the clause. No pronoun subject of that cue stands for the
listener: the recogniser may tag a station or a paper a person, the latest one before "he"."""

from __future__ import annotations

from spacy.tokens import Token

#: Participles that open a clause with whom the speaker spoke to ("Speaking to reporters, …").
_SPEAKING = frozenset({"speak", "talk"})


def listeners_after_to(verb: Token) -> list[Token]:
    """The objects of "to" on the verb itself, and on a participle of speaking that opens its clause."""
    heads = [verb] + [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _SPEAKING and c.i < verb.i
    ]
    return [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
