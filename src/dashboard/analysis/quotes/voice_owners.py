"""Whose a voice is, when a feature opens on words heard before anyone is named: "“…,” says a voice from the dark.
The voice belongs to Darnell Hughes, …" or "“…” The voice comes from the cab of a locomotive. It belongs to Ray
Kessler, …". The sentence that says whom "the voice" (or "it", right after a sentence about the voice) "belongs to",
at most two sentences on in the same paragraph, names the speaker."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: How many sentences on, counting the voice's own, the owner may be named.
_REACH = 3


def voice_owner(sentence: Span) -> Token | None:
    """The proper noun of the person whom a sentence about a voice, or one of the next two, says the voice belongs
    to; None when the sentence is about no voice or none names an owner."""
    doc, about_voice, start = sentence.doc, False, sentence.start
    for _ in range(_REACH):
        if start >= len(doc):
            return None
        sent = doc[start].sent
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        voice = subject is not None and subject.lemma_.lower() == "voice"
        if voice or about_voice and subject is not None and subject.lower_ == "it":
            if root.lemma_.lower() == "belong":
                return _owner(root)
            about_voice = True
        elif start > sentence.start:
            return None
        start = sent.end
    return None


def _owner(verb: Token) -> Token | None:
    """The proper noun after "belongs to"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for name in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            return name
    return None
