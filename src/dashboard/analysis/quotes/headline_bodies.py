"""A body that a headline left among the paragraphs calls by its kind ("Tribal council says no road will cross its
traplines", "Tribe tells regulators …", "…, UN agency says"): headlines drop the name to save room, and the story
names the body below ("The Nibiinsing Tribal Council says …", "the Kettle River Tribe", "the Food Markets Agency").
When the noun of the headline's speaker is the last word of the name of one organisation, and one only, that the
article names elsewhere, the headline speaks for that organisation, not for the noun ("Tribal council") nor a body
beside it ("UN" read as the United Nations)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.debris_lines import debris_line
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Speaker

#: Labels the recogniser gives the names of bodies, a tribe or a council among them at times a place's.
_BODY_LABELS = frozenset({"ORG", "LOC", "GPE", "FAC", "NORP"})


def body_named_below(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The organisation whose name ends with the noun of a headline line's speaker ("council" of "Tribal council
    says"), when the article names exactly one such organisation outside that line; else `found`. A person found
    keeps the quote."""
    if noun.tag_ not in ("NN", "NNP") or noun.lower_ in PEOPLE_NOUNS or noun.lemma_.lower() in PEOPLE_NOUNS:
        return found  # not "realtors say": a group of people
    if found is not None and found.kind not in ("institution", "unnamed"):
        return found
    doc = cast.docs[p]
    if not debris_line(doc.text):
        return found
    ending = {name for name in named_bodies(cast, p) if noun.lower_ in _heads(name)}
    if len(ending) != 1:
        return found
    return Speaker(ending.pop(), "institution")


def named_bodies(cast, p: int) -> set[str]:
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
    Circuit"), lower case: a headline's "Appeals court" may stand for either kind of name."""
    head, of, _ = name.lower().partition(" of ")
    return name.lower().rsplit(" ", 1)[-1], head.rsplit(" ", 1)[-1] if of else ""
