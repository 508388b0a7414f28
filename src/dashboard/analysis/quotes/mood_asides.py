"""A word of mood set off by commas between a speaker and the cue: "Ann Ross, exasperated, replied: “…”", "Ann
Ross, plainly tired, famously said …". The parser may read the word as a clause of its own whose subject is the
name before it, and leave the cue with no subject; the name spoke."""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of a word of mood: a past participle or an adjective ("exasperated", "weary").
_MOOD_TAGS = frozenset({"VBN", "VBD", "JJ"})


def speaker_before_mood(verb: Token) -> Token | None:
    """The subject of a word of mood set off by commas right before a cue that has no subject, or None."""
    doc = verb.doc
    moods = [c for c in verb.lefts if c.dep_ in ("parataxis", "advcl", "ccomp")]
    if verb.dep_ in ("dep", "parataxis", "conj") and verb.head.i < verb.i:
        moods.append(verb.head)  # the parser may make the mood the root and hang the cue on it
    for mood in moods:
        subject = next((c for c in mood.children if c.dep_ == "nsubj" and c.i < mood.i), None)
        if mood.tag_ not in _MOOD_TAGS or subject is None or subject.pos_ not in ("PROPN", "NOUN"):
            continue
        own = [c for c in mood.children if c not in (subject, verb) and not c.is_punct]
        if any(c.dep_ != "advmod" or c.i > mood.i for c in own):
            continue  # "Ann, tired of the delays, said …" hangs more than a word of degree on the mood
        opening = min([mood.i, *(c.i for c in own)])
        between = doc[mood.i + 1 : verb.i]
        set_off = doc[subject.i + 1].text == "," and opening == subject.i + 2
        if set_off and between and between[0].text == "," and all(t.dep_ == "advmod" for t in between[1:]):
            return subject
    return None
