"""The body that a title before a name serves when the article names none beside it: the organisation that acted
just before, when it is of the kind the title serves. "Chief Executive Mara Lind" after "Talbot Foods said" runs the
company, "Governor Piet Olsen" after the central bank raised its rate governs the bank, "Chair Ellen Marsh" after
the Fed acted chairs it, "Competition Commissioner Lena Marsh" after the European Commission fined a firm sits on
the Commission, and "Justice Ewan Hale" or "Judge Ewan Hale" after the Supreme Court ruled sits on that court. A
title whose body the article only describes takes the body of its kind that spoke or acted a few paragraphs before
("The German economy ministry said … Economy Minister X" is of Germany, `body_of_title`), unless that body is another
state's than the dateline's ("HANOI …", "China's foreign ministry said …", "Deputy Foreign Minister X": Vietnam's)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from dashboard.analysis.names import clean_name, without_possessive
from dashboard.analysis.quotes.bare_company_titles import TITLES_OF_BODIES
from dashboard.analysis.quotes.central_banks import is_central_bank
from dashboard.analysis.quotes.countries import country_called, country_of, is_country
from dashboard.analysis.quotes.home_countries import dateline_state
from dashboard.analysis.quotes.lexicon import PORTFOLIOS
from dashboard.analysis.quotes.mayors import city_of_mayor
from dashboard.analysis.quotes.organisations import BODIES_OF_TITLES, organisation_type
from dashboard.analysis.quotes.rate_setters import SEATS
from dashboard.analysis.quotes.shared_titles import sole_title
from dashboard.analysis.quotes.state_bodies import REACH, Acted, described_subjects

#: Last words of titles and whether an organisation's name is of the body that title serves: a governor alone is as
#: often a state's as a central bank's, so only a central bank that acted gives the title its body.
_HEADS_OF_TITLES = {
    "governor": is_central_bank,
    "commissioner": lambda name: "commission" in name.casefold().split(),
    "justice": lambda name: "court" in name.casefold().split(),
    "judge": lambda name: "court" in name.casefold().split(),
} | dict.fromkeys(SEATS, is_central_bank)  # "Board member X" after the central bank acted: on its board


#: Bodies part of another, whose own name a title may give alone ("Subcommittee Chair X"): the parent serves as theirs.
_PARENT_BODIES = {"subcommittee": "committee"}

#: Titles of those who chair a body, a company's board or a central bank's ("Chair Ellen Marsh" after the Fed acted).
_CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})


def serves_a_body(role: str) -> bool:
    """Whether a title before a name serves some body the article may have named before it."""
    title = last_joined(role.casefold())
    heads = (*_HEADS_OF_TITLES, *_CHAIRS)
    return title in TITLES_OF_BODIES or title.split()[-1:] in ([head] for head in heads) or bool(_body_word(role))


def serves(role: str, name: str) -> bool:
    """Whether a title before a name serves the organisation of this name."""
    title = last_joined(role.casefold())
    part = role.split()[0].casefold() if " " in role else ""  # "Subcommittee Chair", capitalised throughout
    word = _body_word(role) or (part if part in _PARENT_BODIES else "")
    if word and " " in name and _head_of_name(name) in (word, _PARENT_BODIES.get(word)):
        return True  # "Tribunal president" of the tribunal; "Subcommittee Chair" of its parent committee
    if title.split()[-1:] in ([chair] for chair in _CHAIRS) and is_central_bank(name):
        return True
    if title in TITLES_OF_BODIES:
        return organisation_type(name) in TITLES_OF_BODIES[title]
    fits = _HEADS_OF_TITLES.get(title.split()[-1]) if title else None
    return bool(name) and fits is not None and fits(name)


def last_joined(title: str) -> str:
    """The last of two titles joined by "and" when it is a company's or union's ("founder and chief executive" ->
    "chief executive"), which serves the body both serve; else the title."""
    title = sole_title(title)  # "co-chief executive", "the other chief executive": the title alone's body
    last = title.rpartition(" and ")[2]
    return last if last != title and last in TITLES_OF_BODIES else title


def has_chief_named(name: str, people: Iterable) -> bool:
    """Whether the article names a person with a title only a company or a union has (chief executive, chairman,
    general secretary) of the organisation of this name: "Ardenza's chief executive, Marco Lind," makes an
    organisation of "Ardenza", whatever the recogniser took it for. `people` are profiles with role and affiliation."""
    return any(person.affiliation == name and person.role.casefold() in BODIES_OF_TITLES for person in people)


def _body_word(role: str) -> str:
    """The capitalised word that opens a title of two words or more, which may be a body's own ("Tribunal president",
    "Council chairman"), lower-cased; "" when there is none."""
    words = role.split()
    word = words[0].casefold() if len(words) > 1 and words[0].istitle() and words[1].islower() else ""
    return word if word not in PORTFOLIOS else ""  # "Finance and Petroleum Minister" serves a state


def _head_of_name(name: str) -> str:
    """The word a body's name is built on: its last, or the one before "of" ("Court" of "Supreme Court of Ostland")."""
    words = name.casefold().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""


#: Last words of titles, and the noun of the body each serves when the article describes it by no name
#: ("The German economy ministry said ... Economy Minister X", "Sweden's central bank said ... Deputy Governor X").
_DESCRIBED_BODIES = {"minister": "ministry", "governor": "bank"}


def body_of_title(docs: list[Doc], p: int, i: int, role: str, acted: Acted) -> str:
    """The body a title before a name serves when no name is beside it: the body of its kind that spoke or acted last
    before token i of paragraph p, by its country when words describe it by one ("Germany"), and for a mayor the
    city the article ties the office to; "" when the title is none of these ("Prime Minister", a minister of no
    portfolio) or no such body spoke."""
    title = role.casefold().split()
    if title and title[-1] == "mayor":  # "Outgoing Mayor X" in a story of "the race for Milwaukee mayor"
        return city_of_mayor(docs, p)
    noun = "bank" if "monetary" in title else _DESCRIBED_BODIES.get(title[-1]) if title else None  # a central bank's
    if noun is None or noun == "ministry" and not set(title[:-1]) & PORTFOLIOS:
        return ""
    here, first = (p, i), max(p - REACH, 0)
    found = [(pos, body) for pos, body in described_subjects(docs, first, here, noun) if _of_kind(noun, body)]
    found += [(pos, name) for pos, name in acted if (first, 0) <= pos < here and _of_kind(noun, name)]
    found = found or (_central_bank_named(docs, here) if noun == "bank" else [])
    if not found:
        return ""
    at, body = max(found)
    named = _central_bank_named(docs, here) if noun == "bank" else []
    if named and max(named)[0] > at:  # "The Philippine central bank cut …", then its name: the name, not its country
        return max(named)[1]
    owner = next((country for word in body.split() if (country := country_of(word))), "")
    other = _owning_state(body) or owner
    if other and (home := dateline_state(docs)) and home != other:
        return home  # "HANOI (Reuters) - … China's foreign ministry said … Deputy Foreign Minister X": Vietnam's
    return owner or body


def _owning_state(body: str) -> str:
    """The state a body's name opens with in the possessive ("China's foreign ministry" -> China); ""."""
    first = body.split()[0] if body.split() else ""
    owner = without_possessive(first)
    return country_called(owner) if owner != first and is_country(owner) else ""


def _of_kind(noun: str, name: str) -> bool:
    """Whether a body's name or description is of the kind the title's noun says (a governor's bank is central)."""
    return noun in name.casefold().split() and (noun != "bank" or is_central_bank(name))


def _central_bank_named(docs: list[Doc], here: tuple[int, int]) -> list[tuple[tuple[int, int], str]]:
    """The central banks the article named before `here`, however far back: a country has one, so a governor or
    deputy governor paragraphs after "The National Bank of Ostland raised its rate" still governs it."""
    named = [((q, e.start), clean_name(e.text, "ORG")) for q, doc in enumerate(docs[: here[0] + 1]) for e in doc.ents]
    return [(pos, name) for pos, name in named if pos < here and is_central_bank(name)]
