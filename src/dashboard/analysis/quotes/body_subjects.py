"""Bodies described by a common noun: the name such a body speaks by ("the finance ministry of Ukraine said"), and the
organisation that "it" means when the sentence before made one its subject: "The provincial health ministry did not
respond. In a statement last year, it described …" is the ministry, though no name was given to it."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase


def body_name(noun: Token) -> str:
    """The words of a body's noun phrase, with an "of" that names whose body it is ("finance ministry of Ukraine")."""
    first = next((c for c in noun.rights if c.dep_ == "prep"), None)
    named = first is not None and first.lower_ == "of" and any(_a_place(o) for o in first.children)
    return noun_phrase(noun, with_preposition=named)


def body_subject_before(it: Token) -> Token | None:
    """The subject of the sentence just before the one of `it`, when `it` is that sentence's main subject and the
    subject before is "the …" body noun of its main clause that no name tags ("the agency", "the health ministry")."""
    sentence = it.sent
    if it.dep_ != "nsubj" or it.head != sentence.root or sentence.start == 0:
        return None
    root = it.doc[sentence.start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or (noun := subjects[0]).tag_ != "NN" or noun.ent_type_:
        return None
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return noun if the and noun.lemma_.lower() in BODY_NOUNS else None


def _a_place(word: Token) -> bool:
    """A proper noun that names a country or a place, not a person ("the government of President X")."""
    return word.pos_ == "PROPN" and word.ent_type_ in ("GPE", "LOC", "ORG") and word.i == word.head.i + 1


def body_by_its_word(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """ "The medical society said" after the New Brunswick Medical Society was named: "the" and a noun no list knows
    for a body, which the name of an organisation named before ends with, is that organisation (in place of `found`
    when that is none)."""
    if found is not None or noun.tag_ != "NN" or noun.ent_type_ or noun.lemma_.lower() in PEOPLE_NOUNS:
        return found
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return found
    names = [name for pos, name, label in cast.orgs if pos < (p, noun.i) and label == "ORG"]
    last_word = noun.lower_
    name = next((n for n in reversed(names) if n.lower().split()[-1] == last_word), "")
    return Speaker(name, "institution") if name else found
