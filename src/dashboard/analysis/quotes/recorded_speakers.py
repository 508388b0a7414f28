"""The person a recording shows speaking: "The ad uses footage of Ann Roe asking, “…?”", "followed by a clip of Roe
saying he will …". The parser hangs the participle on the verb of the sentence ("uses", "followed"), whose subject
(the ad) would then speak; the name right before the participle, the object of "of" after a noun for a recording,
is who spoke. So too the one "heard" or "seen" speaking in the passive: "“…,” Ann Roe can be heard saying on the
recording", "Roe was caught on tape telling donors …": the participle hangs on a verb of perception whose passive
subject spoke, where a passive cue would otherwise have no speaker; not a thing seen "saying" something ("A banner
was seen … saying that …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Nouns for a recording of someone speaking.
_RECORDINGS = frozenset({"footage", "video", "clip", "recording", "audio", "tape", "excerpt", "soundbite", "sound"})
#: Verbs of perceiving or recording someone, whose passive subject is the one heard speaking ("was heard saying").
_PERCEIVED = frozenset({"hear", "overhear", "see", "catch", "record", "film", "videotape", "tape", "show", "capture"})


def recorded_speaker(verb: Token) -> Token | None:
    """Who a participle cue shows speaking in a recording or in the passive of a verb of perception; None otherwise."""
    return _named_in_footage(verb) or _heard_speaking(verb) if verb.tag_ == "VBG" else None


def _named_in_footage(verb: Token) -> Token | None:
    """The person's name right before a participle cue that ends "footage of" or "a clip of" a name."""
    if verb.i < 3:
        return None
    name = verb.doc[verb.i - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ != "pobj" or verb.head == name:
        return None
    of = name.head
    return name if of.lower_ == "of" and of.head.lemma_.lower() in _RECORDINGS else None


def _heard_speaking(verb: Token) -> Token | None:
    """The passive subject, a person, of "heard", "seen" or "caught" that the participle cue completes or follows ("can
    be heard saying", "was caught on a hot microphone saying")."""
    perceived = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or perceived.tag_ != "VBN" or perceived.lemma_.lower() not in _PERCEIVED:
        return None
    subject = next((c for c in perceived.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or subject.lower_ == "it":
        return None  # "it was seen …": no one heard
    return subject if subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() in PEOPLE_NOUNS else None
