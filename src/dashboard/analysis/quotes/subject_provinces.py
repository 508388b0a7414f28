"""The province, state or region "the province's governor" serves when the article names it without the level's noun:
the place that was the subject of a sentence just before, in the same paragraph ("Balochistan has been hit hardest.
The province's governor, X, said"). Wire copy names a province by its name alone and calls it back by its level; the
subject of the sentence before is what "the province" takes up. The recogniser tags such names as a place, a body or
a person's as it pleases, so the subject is read by its words: a proper name of one to three capitalised words that
is no country ("Pakistan declared an emergency. The province's governor" names no province), no person's full name
and no speaker (the subject of a verb of speaking). With two such subjects, or none, this says nothing."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.lexicon import CUE_VERBS, SUBJECT_DEPS


def place_subject_before(doc: Doc, owner: str) -> str:
    """The one place, no country, that is a subject in the sentences of `doc` before the first sentence where `owner`
    ("province's") opens a title; "" when there is none, or two."""
    noun = owner.removesuffix("'s")
    at = next((t.sent.start for t in doc[:-1] if t.lower_ == noun and doc[t.i + 1].lower_ == "'s"), 0)
    places = {name for t in doc[:at] if t.dep_ in SUBJECT_DEPS and (name := _place_name(t))}
    return places.pop() if len(places) == 1 else ""


def _place_name(subject: Token) -> str:
    """The words of a subject that may name a place: a proper name of up to three capitalised words, no country's, no
    person's full name, not the subject of a verb of speaking nor joined to another subject; "" otherwise."""
    if subject.pos_ != "PROPN" or subject.head.lemma_.lower() in CUE_VERBS:
        return ""
    if any(c.dep_ == "conj" for c in subject.children):  # "Balochistan and Sindh have been hit": either
        return ""
    words = [c for c in subject.lefts if c.dep_ == "compound"] + [subject]
    if len(words) > 3 or any(not w.is_title or w.pos_ != "PROPN" for w in words):
        return ""
    if words[0].i != subject.left_edge.i:  # "The Sindh government", "the Balochistan governor"
        return ""
    name = " ".join(w.text for w in words)
    return "" if is_country(name) or len(words) > 1 and subject.ent_type_ == "PERSON" else name
