"""A private person tied to a place only ("Tom Ashworth, a dealer in the Midlands", "a customer in Tulsa", "a doctor
from Englewood"), or an expert ("a fund manager in Boston", "an analyst in London"): the description names where the
person lives or works, and the fallback that gives an official the state or city they serve (`affiliation`) gives it
to them too. GUIDELINES.md makes the affiliation the organisation the article ties the speaker to, and the gold leaves
a private person's town empty ("a Bombay trader"), so a speaker of kind `other` or `analyst` whose affiliation the
recogniser tags only as a place, and the article names after "in" or "from", keeps none. A name tagged a place that is
a company or a club the recogniser mistook ("Tamsin co-founder X", "Costa Air's chief executive", "a host at RT", "the
club's chairman" of "Northgate City") is named without "in" or "from", or after "at" or "for", or owning something:
it stays; so does the state of an expert by a former office ("a former Ohio governor"), the state that office served."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import entities_of, kept, text_of

#: Kinds of speakers who hold no office a place gives ("a fund manager in Boston" works there, for no city).
_PRIVATE_KINDS = frozenset({"other", "analyst"})
#: A role of an office once held ("former governor", "ex-senator"): the place it names is the state served.
_FORMER = re.compile(r"(?i)\b(?:former|ex-)")
#: Labels of places.
_PLACES = frozenset({"GPE", "LOC"})
#: Words before a name that make it the speaker's workplace ("at RT", "for the Harbour Guild").
_WORKPLACE_WORDS = frozenset({"at", "for"})
#: Words before a name that make it a place the speaker lives or works in; a name named only before a title ("Andivia
#: chief executive", "Tamsin co-founder") may be a company the recogniser took for a place.
_PLACE_WORDS = frozenset({"in", "from"})


def without_private_place(profile: tuple[str, str, str], docs: list[Doc]) -> tuple[str, str, str]:
    """The profile, the affiliation of an `other` or an `analyst` that the article tags only as a place, never as a
    workplace, emptied."""
    kind, role, affiliation = profile
    if kind not in _PRIVATE_KINDS or not affiliation or kind == "analyst" and _FORMER.search(role):
        return profile  # "a former Ohio governor": an expert by the office, who served that state
    mentions = [ent for doc in docs for ent in kept(doc, _BY_NAME, _entities_by_name).get(affiliation, ())]
    if not any(map(_lived_in, mentions)) or any(ent.label_ not in _PLACES or _workplace(ent) for ent in mentions):
        return profile
    return kind, role, ""


def _lived_in(ent: Span) -> bool:
    """Whether the name follows "in" or "from", as a place does ("a developer in Virginia", "a doctor from X")."""
    i = ent.start - 1
    if i >= 0 and ent.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and ent.doc[i].lower_ in _PLACE_WORDS


def _workplace(ent: Span) -> bool:
    """Whether the name follows "at" or "for", with or without "the", or owns something ("Costa Air's chief
    executive": a town's people are not its staff, so a name that has a chief is a body's)."""
    if ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS":
        return True
    i = ent.start - 1
    if i >= 0 and ent.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and ent.doc[i].lower_ in _WORKPLACE_WORDS


#: Where each Doc keeps its entities by their bare names (`_entities_by_name`).
_BY_NAME = "dashboard.entities_by_bare_name"


def _entities_by_name(doc: Doc) -> dict[str, list[Span]]:
    """A Doc's entities by their bare names, in order: made once, where each speaker's profile looked for its
    affiliation among every entity of the article."""
    found: dict[str, list[Span]] = {}
    for ent in entities_of(doc):
        found.setdefault(_bare(text_of(ent)), []).append(ent)
    return found


def _bare(name: str) -> str:
    """The name without the possessive the recogniser may take into it ("Costa Air's")."""
    return name.removesuffix("'s").removesuffix("\u2019s")
