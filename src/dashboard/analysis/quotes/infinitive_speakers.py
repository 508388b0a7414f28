"""Who speaks in a cue infinitive whose own subject the parser leaves out, beyond "was quick to say" (lost_subjects):

- an adjective that judges or times the saying itself: "Ann is right to note that …", "was the first to argue that …";
- "took pains to stress that …", "made a point to say that …": the infinitive hangs on the object of "take", "make";
  the one who took pains spoke;
- a passive of making someone speak: "was forced to admit that …", "was prompted to say …".

Not an adjective of likelihood or ability ("is likely to argue", "unable to say"): nothing was said yet.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Adjectives that judge or time an act of saying that happened ("right to note", "first to argue").
_JUDGED = frozenset({"right", "correct", "wrong", "first", "ready", "prepared", "careful", "wise", "fair", "blunt"})
#: Verbs that, in the passive, say their subject was made to speak ("was forced to concede").
_MADE_TO = frozenset({"force", "compel", "prompt", "oblige", "move", "pressure", "push"})
#: "took pains to …", "made a point to …", "made an effort to …": the noun and its verb.
EFFORTS = frozenset({("take", "pain"), ("take", "care"), ("make", "point"), ("make", "effort"), ("take", "time")})


def infinitive_speaker(verb: Token) -> Token | None:
    """The subject of the clause a cue infinitive completes through an adjective or an effort noun, or None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("xcomp", "relcl") and head.dep_ in ("acomp", "attr") and head.lemma_.lower() in _JUDGED:
        owner = head.head  # "is right to note", "was the first to argue"
    elif (
        verb.dep_ in ("acl", "relcl", "xcomp", "advcl")
        and head.dep_ == "dobj"
        and (head.head.lemma_.lower(), head.lower_.rstrip("s")) in EFFORTS
    ):
        owner = head.head
    elif verb.dep_ in ("xcomp", "advcl") and (head.lemma_.lower(), _object_lemma(head)) in EFFORTS:
        owner = head  # "took pains to stress …" parsed with the infinitive on "took"
    elif verb.dep_ == "xcomp" and head.lemma_.lower() in _MADE_TO and head.tag_ == "VBN":
        if any(c.dep_ == "neg" for c in head.children):
            return None
        return next((c for c in head.children if c.dep_ == "nsubjpass" and c.i < head.i), None)
    else:
        return None
    if any(c.dep_ == "neg" for c in owner.children) or any(c.dep_ == "neg" for c in head.children):
        return None
    return next((c for c in owner.children if c.dep_ == "nsubj"), None)


def _object_lemma(verb: Token) -> str:
    """The lemma of a verb's direct object, or ""."""
    return next((c.lower_.rstrip("s") for c in verb.children if c.dep_ == "dobj"), "")
