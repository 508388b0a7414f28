"""A body that a headline left among the paragraphs calls by its kind ("Tribal council says no road will cross its
traplines", "Tribe tells regulators …", "…, UN agency says", "Appeals court says …"): headlines drop the name to save
room, and the story names the body below ("The Nibiinsing Tribal Council says …", "the Kettle River Tribe", "the Food
Markets Agency", "the U.S. Court of Appeals for …"). As with any speaker a headline line only describes
(headline_lines), the line gives no quote: not to the bare noun, which the recogniser may tag as a name ("Tribal
council", "Tribe"), nor to a body beside it ("UN" read as the United Nations). The story's lede says the same with
the name."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.debris_lines import debris_line
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Speaker

#: Labels the recogniser gives the names of bodies, a tribe or a council among them at times a place's.
_BODY_LABELS = frozenset({"ORG", "LOC", "GPE", "FAC", "NORP"})


def described_in_headline(cast, p: int, noun: Token, found: Speaker) -> bool:
    """Whether `noun`, the subject of a cue in a headline line, is a singular noun of a body that heads the longer
    name of an organisation the article names elsewhere ("council" of "Nibiinsing Tribal Council", "court" of "Court
    of Appeals for …"), and the speaker `found` for it is no person and no such name in full ("UN agency" read as the
    United Nations is not)."""
    if found.kind not in ("institution", "unnamed") or noun.tag_ not in ("NN", "NNP"):
        return False  # not a person, nor "realtors say": a group of people
    if noun.lower_ in PEOPLE_NOUNS or noun.lemma_.lower() in PEOPLE_NOUNS or not debris_line(text_of(cast.docs[p])):
        return False
    names = _named_bodies(cast, p)
    if found.name in names and noun.lower_ in _heads(found.name):
        return False  # "Kenoshay Tribal Council says …": the name in full
    return any(noun.lower_ in _heads(name) for name in names)


def _named_bodies(cast, p: int) -> set[str]:
    """The names of two words or more that the recogniser gives a body in the article's paragraphs other than `p`
    ("Kettle River Tribe", which it may tag a place), as the entities table writes them."""
    names = (
        cast.name_of(q, ent)
        for q, doc in enumerate(cast.docs)
        if q != p
        for ent in doc.ents
        if ent.label_ in _BODY_LABELS
    )
    return {name for name in names if " " in name}


def _heads(name: str) -> tuple[str, str]:
    """The last word of a name and the one before its first "of" ("court" of "Court of Appeals for the Federal
    Circuit"), lower case."""
    head, of, _ = name.lower().partition(" of ")
    return name.lower().rsplit(" ", 1)[-1], head.rsplit(" ", 1)[-1] if of else ""
