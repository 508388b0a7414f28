"""The speaker named after an opening phrase: "In an interview with the agency, Ann Roe, a researcher at …, said …".
The parser may hang the name on the phrase's object as its apposition ("the agency, Ann Roe") and leave the cue with
no subject, so the quote was lost; the person's name set off by commas after the phrase is who spoke. "Outside the
library on Thursday, Rohan, 24, said …": a pupil, a student or a passer-by known by a given name alone is often one the
recogniser takes for a place or a firm, but a name set beside an age is a person's."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.given_surnames import set_beside_an_age
from dashboard.analysis.quotes.marks import HYPHENS


def name_after_opening_phrase(verb: Token) -> Token | None:
    """The person's name hung as an apposition (or a conjunct) on the object of a phrase that opens the sentence of
    a subjectless cue that has a clause of what was said, when a comma sets it off from that object and no "and"
    joins it to others ("Over a long career, X and his firms have advised …" says nothing); None otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # "…, X, in a jumpsuit, said little": no clause of what was said
    sentence = verb.sent
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i == sentence.start), None)
    if opening is None:
        return None
    for token in opening.subtree:
        alone = not any(c.dep_ in ("cc", "conj") for c in token.children)
        person = token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and set_beside_an_age(token)
        if token.dep_ in ("appos", "conj") and person and token.i < verb.i and _set_off(token):
            return token if alone else None
    return None


def _set_off(name: Token) -> bool:
    """Whether a comma stands right before the first word of a name, a surname joined by a hyphen included ("…,
    Yolanda Fairbairn-Ostrova, 41, said")."""
    first = name
    while first.i > 0 and _inside_name(first.doc[first.i - 1], name):
        first = first.doc[first.i - 1]
    return first.i > 0 and first.doc[first.i - 1].text == ","


def _inside_name(word: Token, name: Token) -> bool:
    """Whether a word before a name's head is part of it: a word hung on it, or the hyphen written without spaces that
    joins its surname."""
    if word.head != name:
        return False
    return word.dep_ == "compound" or word.text in HYPHENS and not word.whitespace_ and not word.nbor(-1).whitespace_
