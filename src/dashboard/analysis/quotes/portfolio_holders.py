"""Holders of a portfolio the parser splits from their name: several fields joined by "and" ("Education and Early
Childhood Development Minister Claire LeBlanc said"), read as two subjects, the first field and the name; and a
portfolio after a title's "for" or "of" ("State Minister for Trade Joan Aketch said"), where the name is read as the
object of the preposition, or run into the portfolio as one organisation's name ("Minister of Trade Joan Aketch"); and
fields of any title joined by "and" that run into the name ("Vice President for news and talk Dana Whitcomb said")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import TITLES, words
from dashboard.analysis.particle_names import NAME_PARTICLES
from dashboard.analysis.quotes.lexicon import PORTFOLIOS
from dashboard.analysis.quotes.phrase_ended_titles import holder_ending_phrase
from dashboard.analysis.quotes.posted_envoy_holders import envoy_after_host
from dashboard.analysis.quotes.ranked_names import officer_after_ranked_phrase

#: Words that join the fields of a portfolio.
_JOINS = frozenset({"and", ",", "&"})
#: Prepositions that join a title to its portfolio ("Minister for Trade", "Secretary of Energy").
_PORTFOLIO_PREPOSITIONS = frozenset({"for", "of"})
#: Titles of a state's office that a portfolio follows ("Minister for Trade"; a "chairman of Energy Transfer
#: Partners" is a company's).
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "undersecretary"})
#: Words of portfolios that name a state's office only after a title's "for" or "of" ("Minister for Local Government",
#: "Minister of Religious Affairs", and the Canadian and Commonwealth "Minister of Advanced Education", "Minister of
#: Emergency Preparedness"), too common elsewhere for the lexicon of portfolios every rule reads.
_TITLED_PORTFOLIO_WORDS = words("""
local government urban religious parliamentary human rights food irrigation forestry forests revenue livestock
railways aviation science technology lands
advanced higher tertiary indigenous northern municipal intergovernmental seniors skills training heritage official
languages emergency preparedness safety digital innovation small business gender equality women children families
services
""")


def portfolio_holder(subject: Token) -> Token | None:
    """The name a capitalised subject is joined to when all the words between them are capitalised fields, "and"
    and a title right before the name ("Education and … Development Minister Claire LeBlanc"); None otherwise."""
    if not subject.is_title or subject.ent_type_ == "PERSON":
        return None
    for name in (c for c in subject.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"):
        first = _first_word(name)
        between = subject.doc[subject.i + 1 : first.i]
        titled = len(between) > 1 and between[-1].lower_ in TITLES
        if titled and all(t.is_title or t.lower_ in _JOINS for t in between):
            return name
    return None


def holder_after_portfolio(subject: Token) -> Token:
    """The person's name a capitalised title's "for" or "of" hangs on when only capitalised words of a portfolio
    come before it ("State Minister for Foreign Affairs Joel Okumu said": Okumu, not the minister), however the
    recogniser tagged it; the subject itself otherwise."""
    if (holder := holder_ending_phrase(subject)) is not None:  # "Opposition leader in the council Ana Roe said"
        return holder
    if (envoy := envoy_after_host(subject)) is not None:  # "Ambassador to NATO Wendell Harrowgate said"
        return envoy
    if (officer := officer_after_ranked_phrase(subject)) is not None:  # "Chief of the Defence Force General X"
        return officer
    if subject.ent_type_ == "PERSON" or not subject.is_title:
        return subject
    if subject.lower_ not in _PORTFOLIO_TITLES:
        return _holder_after_fields(subject)  # "Vice President for news and talk Dana Whitcomb said"
    for preposition in (c for c in subject.rights if c.dep_ == "prep" and c.lower_ in _PORTFOLIO_PREPOSITIONS):
        name = next((c for c in preposition.children if c.dep_ == "pobj" and c.ent_type_ in ("PERSON", "")), None)
        if name is not None and portfolio_before_name(tuple(subject.doc[preposition.i + 1 : name.i + 1])):
            return name
    return _holder_after_fields(subject)


def _holder_after_fields(subject: Token) -> Token:
    """ "Vice President for news and talk Dana Whitcomb said": a capitalised title, with no article, whose "for" or
    "of" opens fields joined by "and" that run into a person's name of two or three words right before the cue, which
    the parser may read as another subject, an object or a fragment; the name's last word, when a field word stands
    between the "and" and it ("Director of research and Ann Roe said" are two people). The subject otherwise."""
    doc, verb = subject.doc, subject.head
    if subject.lower_ not in TITLES or verb.i <= subject.i or any(c.dep_ in ("det", "poss") for c in subject.children):
        return subject
    preposition = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ in _PORTFOLIO_PREPOSITIONS), None)
    first = verb.i
    while first > subject.i + 1 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if preposition is None or not 2 <= verb.i - first <= 3:
        return subject
    fields = doc[preposition.i + 1 : first]
    joined = any(t.lower_ == "and" for t in fields) and fields[-1].lower_ not in _JOINS
    return doc[verb.i - 1] if joined and all(t.is_lower or t.lower_ in _JOINS for t in fields) else subject


def portfolio_before_name(run: tuple[Token, ...]) -> bool:
    """A run of proper nouns right after a title's "for" or "of" that opens with the words of a portfolio and goes
    on with a name of two or three words ("Minister of Trade Joan Aketch", untagged): a portfolio and a person, no
    organisation."""
    if not opens_portfolio(run[0]):
        return False
    portfolio = 0
    while portfolio < len(run) and portfolio_word(run[portfolio]):
        portfolio += 1
    name = _without_particles(run[portfolio:])
    return (
        portfolio > 0
        and run[0].is_title
        and 2 <= len(name) <= 3
        and all(t.is_title and t.pos_ == "PROPN" for t in name)
    )


def opens_portfolio(token: Token) -> bool:
    """Whether a word comes right after a title of a state's office and its "for" or "of" ("Minister for| Trade"),
    where a portfolio starts."""
    doc, start = token.doc, token.i
    return (
        start >= 2 and doc[start - 1].lower_ in _PORTFOLIO_PREPOSITIONS and doc[start - 2].lower_ in _PORTFOLIO_TITLES
    )


def names_portfolio_title(doc: Doc) -> bool:
    """Whether any word of the Doc is a title a portfolio follows ("Minister", "secretary"): in a Doc with none, no
    run is a portfolio before a name (`portfolio_before_name`), so a step can skip looking for one."""
    return bool(places_of(doc, _PORTFOLIO_TITLES, lower=True))


def portfolio_word(token: Token) -> bool:
    """A word of a portfolio after a title's "for" or "of" ("Finance", "Local Government")."""
    return token.lower_ in PORTFOLIOS or token.lower_ in _TITLED_PORTFOLIO_WORDS


def _without_particles(name: tuple[Token, ...]) -> tuple[Token, ...]:
    """The capitalised words of a name, without the lower-case particles of a lineage or family ("Faisal bin Nasser
    al-Kuwari" -> Faisal, Nasser, Kuwari) and the hyphens that join "al" to a surname: a name of three words, however
    many particles it has, is still a name."""
    return tuple(t for t in name if t.text not in NAME_PARTICLES and t.text != "-")


def _first_word(name: Token) -> Token:
    """The first word of the tagged name a token ends or is part of."""
    first = name
    while first.ent_iob_ == "I":
        first = first.doc[first.i - 1]
    return first
