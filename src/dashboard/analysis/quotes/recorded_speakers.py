"""The person a recording shows speaking: "The ad uses footage of Ann Roe asking, “…?”", "followed by a clip of Roe
saying he will …". The parser hangs the participle on the verb of the sentence ("uses", "followed"), whose subject
(the ad) would then speak; the name right before the participle, the object of "of" after a noun for a recording,
is who spoke."""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns for a recording of someone speaking.
_RECORDINGS = frozenset({"footage", "video", "clip", "recording", "audio", "tape", "excerpt", "soundbite", "sound"})


def recorded_speaker(verb: Token) -> Token | None:
    """The person's name right before a participle cue that ends "footage of" or "a clip of" a name; None otherwise."""
    if verb.tag_ != "VBG" or verb.i < 3:
        return None
    name = verb.doc[verb.i - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ != "pobj" or verb.head == name:
        return None
    of = name.head
    return name if of.lower_ == "of" and of.head.lemma_.lower() in _RECORDINGS else None
