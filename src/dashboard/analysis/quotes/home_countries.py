"""The country a minister named by a portfolio alone, or a leader by a bare title, serves: the article's country.

"LUSAKA (AFP) - A cholera outbreak in Zambia … Health Minister Grace Mwanza said": no country stands beside her
title, yet she is Zambia's minister, as a "health ministry spokesman" there serves Zambia's health ministry. The
article's country is the one its dateline gives ("FREETOWN, Sierra Leone (AP) —"), whatever other states its lede
names (a boat bound for Britain in "CALAIS, France (AFP) -"), else the one its lede names, by name or adjective;
when they name none, the state whose capital the dateline is ("ACCRA (Reuters) -"), which also wins over states
the lede names only by adjectives ("AMMAN (Reuters) - Jordan's … for an Indian buyer" is Jordan's); failing that,
the one the speaker's paragraph and the one before it name. Two states named there compete, and then no country is
given. A former minister, or a minister whose own country or organisation is written keeps the profile as it was.
A secretary of a portfolio ("Transportation Secretary X") and a government's or president's spokesperson with no
body of their own ("Presidential spokesman X") serve the article's country as a minister does.

"Prime Minister X" and "President X", named by the bare title of a head of government or of state, serve a country
only on firmer ground, as papers call their own country's leader so ("President X" in a story about a foreign
state is as often their own president, visiting or answering it): the one country of the dateline, the state of a
capital's dateline whose lede names no other ("ROME (Reuters) - … central Italy …"), or the one whose
government the lede's subject is ("Georgia's government agreed …", "The Ghanaian government will …"), unless the
dateline is another state's capital ("WASHINGTON (Reuters) - The Chinese government hacked …"); failing those, a
state of the lede whose capital the cue is placed in ("told supporters in Lusaka", capital_placed_speakers), as it
is for a minister of a portfolio. "Premier X" (a province's), a vice president (a company's as often), a governor, a
former leader and a title with a place or body beside it ("Ontario Premier") are left out. "The country's president"
(or "the nation's finance minister") says by its possessive that the article's country is meant, and takes it as a
minister does.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.names import without_possessive
from dashboard.analysis.quotes.capital_placed_speakers import state_spoken_in
from dashboard.analysis.quotes.countries import country_called, country_of, is_country
from dashboard.analysis.quotes.governing_subjects import state_acting
from dashboard.analysis.quotes.lexicon import PORTFOLIOS
from dashboard.analysis.quotes.marks import dateline_end
from dashboard.analysis.quotes.small_states import state_of_capital

#: Possessives that tie a title to the article's own country ("the country's finance minister", "nation's president").
_ARTICLE_OWNERS = frozenset({"country's", "nation's", "country’s", "nation’s"})
#: Words that may stand before a portfolio in a minister's title without making it another office.
_RANKS = frozenset({"deputy", "acting", "junior", "senior", "coordinating", "state", "vice"}) | _ARTICLE_OWNERS
#: Titles of office a portfolio names, as a minister's does ("Health Minister", "Transportation Secretary").
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary"})
#: What a state's spokesperson is called by the government or the head of state they speak for.
_STATE_SPOKESPEOPLE = frozenset(
    f"{who} {noun}" for who in ("government", "presidential") for noun in ("spokesman", "spokeswoman", "spokesperson")
)
#: The EU, which the country lists hold, has no ministers: naming it sets no country and competes with none.
_NO_MINISTERS = frozenset({"eu", "european union"})


def with_home_country(profile: tuple[str, str, str], docs: list[Doc], p: int) -> tuple[str, str, str]:
    """(kind, role, affiliation) with the article's country given to a minister of a portfolio with none of their
    own ("Health Minister" -> "Zambia", "the country's finance minister" too), or set before a ministry named by its
    portfolio alone, or a central bank by its noun ("health ministry" -> "Zambia's health ministry"); as it was when
    the article names no one country, or the profile needs none."""
    kind, role, affiliation = profile
    if kind == "official" and not affiliation and _national_leader(role):  # "Prime Minister X"
        owned = role.casefold().split()[0] in _ARTICLE_OWNERS  # "the country's president": the article's, however
        country = article_country(docs, p) if owned else _governed_country(docs)  # firm the ground
        country = country or _placed_in_capital(docs, p)  # "President X told supporters in Lusaka"
        return (kind, role, country) if country else profile
    minister = _portfolio_minister(role) and (not affiliation or _portfolio_ministry(affiliation))
    minister = minister or kind == "official" and not affiliation and role.casefold() in _STATE_SPOKESPEOPLE
    ministry = kind != "institution" and (_portfolio_ministry(affiliation) or affiliation.casefold() == "central bank")
    if not (minister or ministry):
        return profile
    country = article_country(docs, p) or _country_before_owner(docs, p, role)
    if not (country := country or (_placed_in_capital(docs, p) if minister else "")):  # "told a news conference in
        return profile  # Hanoi"
    return kind, role, country if minister else f"{country}'s {affiliation}"


def article_country(docs: list[Doc], p: int) -> str:
    """The country the dateline gives, else the one country the lede names (the capital's own when the dateline is a
    capital's and the lede names others only by adjectives), else the one paragraph `p` and the one before it
    name; ""."""
    if not docs:
        return ""
    named = _dateline_country(docs[0]) or _countries(docs[0], dateline_end(docs[0]))  # "CALAIS, France" over Britain
    sent_from = _dateline_capital_state(docs[0], dateline_end(docs[0]))
    if sent_from and (not named or _capital_named_with_adjectives(docs[0], sent_from, named)):
        named = {sent_from}  # "ACCRA (Reuters) - The Bank of Ghana …": a capital's dateline and a lede with no state
    if len(named) > 1 and (acting := _governed_country(docs, by_name=True)) in named:
        named = {acting}  # "Bolivia signed … with a Chinese consortium": the state the lede's subject is
    if not named:
        named = {c for q in range(max(p - 1, 0), min(p, len(docs) - 1) + 1) for c in _countries(docs[q], 0)}
    return next(iter(named)) if len(named) == 1 else ""


def _placed_in_capital(docs: list[Doc], p: int) -> str:
    """The state of the capital paragraph `p` places the speaking in, when the lede names it (capital_placed_speakers);
    ""."""
    if not docs or p >= len(docs):
        return ""
    return state_spoken_in(docs[p], _countries(docs[0], dateline_end(docs[0])))


def _country_before_owner(docs: list[Doc], p: int, role: str) -> str:
    """ "Turkish state media quoted the country's deputy defence minister, X,": the one country the sentence of "the
    country's" title names before it, when the article names no one country; ""."""
    if p >= len(docs) or role.casefold().split(" ", 1)[0] not in _ARTICLE_OWNERS:
        return ""
    doc = docs[p]
    owners = (t for t in doc[:-1] if t.lower_ in ("country", "nation") and doc[t.i + 1].lower_ in ("'s", "’s"))
    for owner in owners:
        named = _countries(doc, owner.sent.start, words=set(range(owner.sent.start, owner.i)))
        if len(named) == 1:
            return next(iter(named))
    return ""


def dateline_state(docs: list[Doc]) -> str:
    """The state the dateline gives by name ("FREETOWN, Sierra Leone (AP) —") or by its capital ("HANOI (Reuters)
    -"); "" for none, or for two."""
    if not docs:
        return ""
    named = _dateline_country(docs[0]) or {_dateline_capital_state(docs[0], dateline_end(docs[0]))} - {""}
    return next(iter(named)) if len(named) == 1 else ""


def _capital_named_with_adjectives(doc: Doc, sent_from: str, named: set[str]) -> bool:
    """ "AMMAN (Reuters) - Jordan's potash miner … to an Indian buyer": the lede names the state of the capital the
    story is filed from, and the other states only by adjectives of what they own, not by name as parties ("NAIROBI
    … Kenya and Tanzania agreed" leaves two states competing)."""
    return sent_from in named and _countries(doc, dateline_end(doc), adjectives=False) <= {sent_from}


def _dateline_country(doc: Doc) -> set[str]:
    """The country of a dateline that gives one ("FREETOWN, Sierra Leone (AP) —"): the words between the comma after
    the place and the agency's parenthesis, or the comma before the date ("EINDHOVEN, Netherlands, Nov 27 (Reuters)
    -")."""
    end = dateline_end(doc)
    if end < 4 or doc[1].text != ",":
        return set()
    opening = next((t.i for t in doc[2:end] if t.text in ("(", ",")), end - 1)
    name = doc[2:opening].text
    return {country_called(name)} if is_country(name) and name.casefold() not in _NO_MINISTERS else set()


def _governed_country(docs: list[Doc], *, by_name: bool = False) -> str:
    """The one country the dateline gives, else the one whose government or head the subject of the lede's first
    sentence is ("Georgia's government agreed … with Chinese companies": Georgia), or, when `by_name`, the one it
    names ("Bolivia signed …"; governing_subjects.py); ""."""
    if not docs:
        return ""
    doc = docs[0]
    if len(dated := _dateline_country(doc)) == 1:
        return next(iter(dated))
    start = dateline_end(doc)
    if (sent_from := _dateline_capital_state(doc, start)) and _countries(doc, start) <= {sent_from}:
        return sent_from  # "ROME (Reuters) - An earthquake struck central Italy …": the capital's state, the only one
    sentence = next((s for s in doc.sents if s.end > start), None)  # the parser may join the dateline to it
    subjects = (t for t in sentence or () if t.i >= start and t.dep_ in ("nsubj", "nsubjpass"))
    subject = next((t for t in subjects if t.head.dep_ not in _SUBORDINATE), None)  # not "After an election left …"
    if subject is None or not state_acting(subject, by_name=by_name):  # "Georgia's government agreed"
        return ""
    asides = {t.i for c in subject.rights if c.dep_ in _ASIDES for t in c.subtree}  # "…, a deal that alarmed …"
    within = _countries(doc, start, words={t.i for t in subject.subtree} - asides)
    sent_from = _dateline_capital_state(doc, start)  # "WASHINGTON (Reuters) - The Chinese government …": not China's
    return next(iter(within)) if len(within) == 1 and sent_from in ("", *within) else ""


def _dateline_capital_state(doc: Doc, end: int) -> str:
    """The state whose capital the dateline's place is ("WASHINGTON (Reuters) -" -> "US"), as this product names
    states; "" for no dateline or another place."""
    words = [t.text for t in doc[:end]]
    cut = next((i for i, w in enumerate(words) if w in ("(", ",")), 0)
    place = " ".join(words[:cut]).casefold()
    state = state_of_capital(place)  # "PORT MORESBY (Reuters) -"
    return country_called(state) if state else ""


#: Clauses that set the scene of a lede's main clause, whose subjects are not what the lede is about.
_SUBORDINATE = frozenset({"advcl", "relcl", "acl"})


#: What follows a subject without saying which it is: an apposition, a relative clause, a comma.
_ASIDES = frozenset({"appos", "relcl", "acl", "punct"})


def _countries(doc: Doc, start: int, words: set[int] | None = None, *, adjectives: bool = True) -> set[str]:
    """The countries a paragraph names from token `start` on (among the tokens `words` only, when given), by name
    ("Zambia") or, unless not `adjectives`, adjective ("Zambian")."""
    found = set()
    for ent in doc.ents:
        if ent.start < start or words is not None and not set(range(ent.start, ent.end)) <= words:
            continue
        name = without_possessive(ent.text.removeprefix("the ").removeprefix("The "))
        if ent.label_ in ("GPE", "NORP", "ORG") and is_country(name):  # "Togo", tagged a people as it may be
            found.add(country_called(name))
        elif adjectives and ent.label_ == "NORP" and (country := country_of(name)):
            found.add(country_called(country))
    return {c for c in found if c.casefold() not in _NO_MINISTERS}


def _portfolio_minister(role: str) -> bool:
    """A minister's or secretary's title that names a portfolio and no country ("Health Minister", "deputy oil
    minister", "minister of mines and energy", "State Minister for Trade", "Transportation Secretary"); no former
    minister's, nor a prime minister's."""
    words = role.casefold().replace("-", " ").split()
    while len(words) > 2 and words[0] in _RANKS and words[1] == "minister":
        words = words[1:]  # "state minister of finance", "deputy minister of trade"
    if len(words) < 2:
        return False
    if words[-1] in _PORTFOLIO_OFFICES:
        portfolio = [w for w in words[:-1] if w not in _RANKS]
    elif words[0] in _PORTFOLIO_OFFICES and words[1] in ("of", "for"):
        portfolio = words[2:]
    else:
        return False
    return bool(portfolio) and set(portfolio) <= PORTFOLIOS and bool(set(portfolio) - {"and", "of"})


#: Bare titles of a state's head of government or of state, with the words that may stand before them.
_LEADERS = {
    ("prime", "minister"): {"acting", "interim", "deputy"} | _ARTICLE_OWNERS,
    ("president",): {"acting", "interim"} | _ARTICLE_OWNERS,
}


def _national_leader(role: str) -> bool:
    """A bare title of a head of government or of state ("Prime Minister", "acting President"), which names no
    country; no premier's (a province's), vice president's, former leader's, nor one with a place beside it."""
    words = tuple(role.casefold().split())
    return any(
        words[len(words) - len(t) :] == t and set(words[: len(words) - len(t)]) <= ranks
        for t, ranks in _LEADERS.items()
    )


def _portfolio_ministry(affiliation: str) -> bool:
    """A ministry named by its portfolio alone ("health ministry", "Ministry of Finance"), which says no state."""
    words = affiliation.casefold().split()
    titled = len(words) > 1 and words[-1] == "ministry" and set(words[:-1]) <= PORTFOLIOS
    of_portfolio = len(words) > 2 and words[:2] == ["ministry", "of"] and set(words[2:]) <= PORTFOLIOS
    return titled or of_portfolio
