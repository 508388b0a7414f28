"""Speakers referred back to by their nation: "the Spaniard said", "the Dutchman added", "the Pole told reporters".

Sports and world news name a person once and then call them by where they come from, a word that shares nothing with
the name and that the recogniser tags as a name, a group or a company ("Dutchman" an organisation, "Scot" a person).
Such a word is never the speaker's name: it stands for the person the article tied to that nation before ("Spain's
X", "Belgian cyclist X", "Frenchman X", "X, a Norwegian,", "X of Poland"), or, when it tied no one to it, for the
person named last in this paragraph or the one before whom it tied to no other nation ("Hana Roe was taken to three
sets by American Jo Lee. “…,” the Czech said" is Roe). When no one fits, the speaker stays unnamed. A plural ("the
Spaniards") or a collective adjective ("the French said") is a people, not a person, and is left to other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.countries import country_called, country_of, is_country
from dashboard.analysis.quotes.descriptions import named_in_anothers_clause
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.people import People, Speaker
from dashboard.analysis.quotes.reported_words import reported_by_a_person

#: Nouns for one person of a nation that are no adjective of it, and that adjective (or region).
_NOUNS = {
    **dict.fromkeys(("spaniard",), "spanish"),
    **dict.fromkeys(("dutchman", "dutchwoman"), "dutch"),
    **dict.fromkeys(("frenchman", "frenchwoman"), "french"),
    **dict.fromkeys(("englishman", "englishwoman"), "english"),
    **dict.fromkeys(("irishman", "irishwoman"), "irish"),
    **dict.fromkeys(("welshman", "welshwoman"), "welsh"),
    **dict.fromkeys(("scot", "scotsman", "scotswoman"), "scottish"),
    **dict.fromkeys(("cornishman", "cornishwoman"), "cornish"),
    "pole": "polish",
    "briton": "british",
    "swede": "swedish",
    "dane": "danish",
    "finn": "finnish",
    "turk": "turkish",
    "czech": "czech",
    "greek": "greek",
    "queenslander": "queensland",
    "texan": "texas",
}
#: Parts of a country that sports news names people by, by their adjective and their name.
_REGIONS = {
    **dict.fromkeys(("scottish", "scotland"), "scotland"),
    **dict.fromkeys(("english", "england"), "england"),
    **dict.fromkeys(("welsh", "wales"), "wales"),
    **dict.fromkeys(("cornish", "cornwall"), "cornwall"),
    "queensland": "queensland",
    **dict.fromkeys(("texas", "texan"), "texas"),
}
#: The countries (and the country's part) each region lies in.
_WITHIN = {
    "cornwall": ("england", "uk"),
    **dict.fromkeys(("england", "scotland", "wales"), ("uk",)),
    "queensland": ("australia",),
    "texas": ("us",),
}
#: Nouns of a club or company before its name, whose nation is not a person's ("Dutch side X", "Belgian team Y").
_TEAMS = BODY_NOUNS | words("side club squad outfit franchise")
#: Endings of a country's adjective that is also the noun for one of its people ("a Belgian", "an Israeli").
_NOUN_ENDINGS = ("an", "i", "ine")


def nation_of(word: str) -> str:
    """The nation or region a word names ("Spaniard", "Spanish", "Spain" -> spain), or ""."""
    lower = _NOUNS.get(word.lower(), word.lower())
    if lower in _REGIONS:
        return _REGIONS[lower]
    country = country_of(lower) or (country_called(word) if is_country(word) else "")
    return country.lower()


def nation_described(token: Token) -> str:
    """The nation of "the Spaniard", "the Belgian" as a subject: a singular noun of one person, with "the" alone (and
    maybe a relative clause: "The Austrian, who has not dropped a set, said")."""
    lower = token.lower_
    if not (lower in _NOUNS or country_of(lower) and lower.endswith(_NOUN_ENDINGS)):
        return ""  # most subjects are no nation's noun: their words are not read
    the_only = [c.lower_ for c in token.children if c.dep_ not in ("punct", "relcl")] == ["the"]  # ", who …,"
    alone = the_only and token.tag_ in ("NN", "NNP")
    the = token.i > 0 and token.doc[token.i - 1].ent_type_ == ""  # not "The Australian", a newspaper
    return nation_of(lower) if alone and the else ""


def person_of_nation(people: People, p: int, token: Token) -> Speaker | None:
    """The person "the Spaniard" (a subject token) stands for (see the module); None when the token is no nation's
    noun."""
    nation = nation_described(token)
    if not nation:
        return None
    before = [m for m in people.people if m[0] < (p, token.i) and not people.quoted(m[0])]
    nations: dict[str, set[str]] = {}
    for position, name, _ in before:
        nations.setdefault(name, set()).update(_nations_tied(people, *position))
    tied = [m for m in before if nation in nations[m[1]]]
    if tied:
        return people.person(tied[-1][1])
    near = [m for m in before if m[0][0] >= p - 1 and not reported_by_a_person(people, *m[0])]
    near = [m for m in near if not named_in_anothers_clause(people.docs[m[0][0]][m[0][1]])]
    family = {nation, *_WITHIN.get(nation, ())}  # a Cornishman may have been called English
    near = [m for m in near if not nations[m[1]] - family]
    return people.person(near[-1][1]) if near else Speaker("", "unnamed", token.text)


def _nations_tied(people: People, q: int, i: int) -> set[str]:
    """The nations a person's mention ties them to: words before the name in its phrase ("Spain's", "Belgian
    cyclist", "Frenchman"), an apposition ("X, a Norwegian,") and "of" a country after it."""
    ent = people.entity(q, people.docs[q][i])
    if ent is None or people.label(q, ent) != "PERSON":  # not "Dutch side FC Lindeveld", taken for a person
        return set()
    root = ent.root
    words = list(root.doc[root.left_edge.i : ent.start])
    if any(t.lemma_.lower() in _TEAMS for t in words):  # "Dutch side FC Lindeveld", a club the recogniser took
        words = []
    for child in root.rights:
        if child.dep_ == "appos":
            words += [t for t in child.subtree if t.dep_ in ("amod", "compound", "poss") or t is child]
        elif child.dep_ == "prep" and child.lower_ == "of":
            words += [t for t in child.children if t.dep_ == "pobj"]
    return {nation for t in words if t.pos_ in ("ADJ", "PROPN", "NOUN") and (nation := nation_of(t.text))}
