"""A given name the recogniser took for a place before a joined surname it left untagged: "Stéphane
Quenneville-Arbour, the tour operator, says …" may come out as the place "Stéphane" and no person at all. A
capitalised word tagged alone a place right before two untagged capitalised words joined by a hyphen is a given name
when a person's sign follows the surname: a person's description set off after it ("…, a farmer,"), ", who", a verb of
saying it is the subject of, or a verb whose object is "his" or "her" own ("… now sells his lunches"), as no body's
is. Never a country, a word the paragraph also tags a place on its own, or a name whose first half is a saint's
("Paris Saint-Germain said"): places and clubs joined to a place's name ("Montreal-Trudeau", "Paris-Saclay") carry no
given name before them. Read by the hyphenated_names step."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.lexicon import CUE_VERBS, PEOPLE_NOUNS

#: First halves of a joined name that make it a place's, a saint's or a club's ("Paris Saint-Germain").
_PLACE_HALVES = frozenset({"saint", "sainte", "san", "santa", "st", "ste", "al", "el"})
#: Possessives of a person, which no body takes for its own.
_PERSONAL_POSSESSIVES = frozenset({"her", "his"})
#: Links from a verb to the objects whose owner tells a person from a body.
_OBJECTS = frozenset({"dobj", "attr", "oprd"})


def given_taken_for_place(given: Token, dash: Token) -> bool:
    """Whether `given`, tagged alone a place, is the given name of the untagged joined surname around `dash`."""
    doc = given.doc
    if given.ent_type_ != "GPE" or given.ent_iob_ != "B" or doc[given.i + 1].ent_iob_ == "I":
        return False
    if country_of(given.lower_) or doc[dash.i - 1].lower_ in _PLACE_HALVES:
        return False
    if any(t.lower_ == given.lower_ and t.ent_type_ == "GPE" for t in doc if t.i != given.i):
        return False  # "Granby" a town elsewhere in the paragraph
    return _person_sign(doc[dash.i - 1 : dash.i + 2].root, dash.i + 2)


def _person_sign(root: Token, end: int) -> bool:
    """Whether the surname whose head is `root`, ending before `end`, is described as a person, set off by ", who",
    the subject of a verb of saying or of a verb with "his" or "her" object."""
    doc = root.doc
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who":
        return True
    if any(c.dep_ == "appos" and c.i > end and c.lemma_.lower() in PEOPLE_NOUNS for c in root.children):
        return True
    verb = root.head
    if root.dep_ != "nsubj" or verb.i < end or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in CUE_VERBS:
        return True
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    return any(p.dep_ == "poss" and p.lower_ in _PERSONAL_POSSESSIVES for o in objects for p in o.children)
