"""Speakers the parser hung on the place phrase before their cue.

"The outbreak began in a camp near Kavalo, close to the borders with Ostland and Rivia, the health ministry said":
the parser read the speaker as one more word of the place phrase before it ("the borders with Ostland, Rivia and the
health ministry") and left the cue with no subject. A noun phrase set off by a comma right before such a cue, after
the clause it reports, is who spoke.

"The ad closes with Ann Ross in a work shirt saying she will …": the parser hung the participle on the place or the
garment after the name ("shirt"), which names no one; the person named right before that phrase speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of the words of a speaker's noun phrase ("Zambia’s health ministry", "the Ostland Red Cross").
_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "POS", "JJ"})
#: How many words the phrase may have.
_LONGEST = 6
#: Prepositions of a setting or of what a person wears ("in a red coat", "at a kitchen table", "behind a podium").
_SETTINGS = frozenset({"in", "at", "on", "behind", "beside"})


def person_before_setting(participle: Token) -> Token | None:
    """The person named right before the phrase of a setting that the parser hung a participle on ("Ann Ross in a work
    shirt saying …", "Ann Ross at a kitchen table saying …"); None when the phrase's noun names someone, a comma
    stands between it and the participle, or no person's name ends right before its preposition."""
    noun = participle.head
    if noun.dep_ != "pobj" or noun.ent_type_ or noun.head.lower_ not in _SETTINGS or noun.head.i < 1:
        return None
    if any(t.is_punct for t in participle.doc[noun.i : participle.i]):
        return None
    before = participle.doc[noun.head.i - 1]
    return before if before.ent_type_ == "PERSON" else None


def speaker_hung_on_place(verb: Token) -> Token | None:
    """The head of a noun phrase set off by a comma right before a finite cue at the root of its sentence that has no
    subject but a clause before it; None when the cue has a subject or no such phrase."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3:
        return None
    if any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    doc, start = verb.doc, verb.i - 1
    while start > verb.i - _LONGEST and doc[start - 1].text != "," and doc[start - 1].tag_ in _PHRASE_TAGS:
        start -= 1
    head = doc[verb.i - 1]
    if doc[start - 1].text != "," or head.tag_ not in ("NN", "NNP", "NNS", "NNPS") or head.dep_ == "nsubj":
        return None
    return head if all(t.tag_ in _PHRASE_TAGS for t in doc[start : verb.i]) else None
