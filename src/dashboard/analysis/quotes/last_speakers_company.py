"""The company "the company" means when the person who spoke last speaks for one: "Tshwane Platinum spokeswoman X
said … X added … The company said in a statement …" is Tshwane Platinum, though a union was named before it and no
organisation was the subject of a clause since. A company's spokesperson or executive who has just spoken is who the
reader takes "the company" to be speaking for, and "Its" opening a sentence to mean, when no organisation was named
since. So "Her deputy, X," right after the agency's chief spoke is the deputy of that chief's agency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.acted_bodies import PUBLIC_NOUNS, plies_trade
from dashboard.analysis.quotes.body_phrases import may_mean
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.kinds import kind_of
from dashboard.analysis.quotes.lexicon import COMPANY_NOUNS, PERSON_POSSESSIVES, PUBLIC_BODY_NOUNS
from dashboard.analysis.quotes.organisations import PUBLIC, organisation_type

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People, Profile


def company_of_last_speaker(cast: People, p: int, token: Token) -> str:
    """The organisation the person who was a clause's subject last, in this paragraph before `token` or in the one
    before, is tied to, when "the <noun>" may mean it and it is no public body; "" otherwise, or when a public body's
    noun ("the agency") would mean a company the article described by its trade ("the drugmaker Y")."""
    if (lemma := token.lemma_.lower()) not in COMPANY_NOUNS or lemma in PUBLIC_BODY_NOUNS:
        return ""
    company = body_of_last_speaker(cast, p, token)
    if not company or organisation_type(company) in PUBLIC or not may_mean(company, token):
        return ""
    if lemma in PUBLIC_NOUNS and plies_trade(cast, company):
        return ""
    return company


def owner_of_last_speaker(cast: People, p: int, token: Token) -> str:
    """The organisation "Its" opening a sentence means when no organisation was named since the paragraph before
    and the person who spoke last is tied to one ("The association's director general, X, said … “…,” X said. Its
    chief economist"); "" otherwise."""
    return body_of_last_speaker(cast, p, token) if token.lower_ == "its" and token.i == token.sent.start else ""


#: Nouns of a person's second in command, whose "his" or "her" ties them to that person's body ("Her deputy, X,").
_SECONDS = frozenset({"deputy"})
#: Nouns of an office whose holder's second in command a story names by it ("The minister's deputy, X,").
_PRINCIPALS = frozenset({"minister", "secretary", "governor", "mayor", "commissioner", "administrator", "director"})


def seconds_someone(token: Token) -> bool:
    """ "Her" of "Her deputy, X,", "minister" of "The minister's deputy, X,": a person's possessive, or the noun of
    the office they hold, on the noun of their second in command."""
    if token.dep_ != "poss" or token.head.lemma_.lower() not in _SECONDS:
        return False
    return token.lower_ in PERSON_POSSESSIVES or token.lemma_.lower() in _PRINCIPALS and definite(token)


def body_of_principal(cast: People, p: int, token: Token) -> str:
    """The organisation of the person "Her" (or "His") of "Her deputy" means: the last person who was a clause's
    subject in the two paragraphs before or in this one (the chief's quote may stand between), when of that gender
    (or of none known) and tied to an organisation the article named; "" otherwise. For "the minister's deputy", the
    last such person whose role has that office, with whatever the article tied them to."""
    subjects = [(pos, name) for pos, name, rank in cast.people if rank and (p - 2, 0) <= pos < (p, token.i)]
    office = "" if token.lower_ in PERSON_POSSESSIVES else token.lemma_.lower()
    if office:  # "the minister's": the last who holds that office
        held = {n for n, profile in cast.profiles.items() if office in profile.role.lower().split()}
        subjects = [(pos, n) for pos, n in subjects if n in held]
    profile = cast.profiles.get(max(subjects)[1]) if subjects else None
    if profile is None or not office and profile.gender not in ("", PERSON_POSSESSIVES[token.lower_]):
        return ""
    named = {name for _, name, label in cast.orgs if label == "ORG"}
    return profile.affiliation if office or profile.affiliation in named else ""


def body_of_last_speaker(cast: People, p: int, token: Token) -> str:
    """The organisation, named in the article, that the last person who was a clause's subject since the paragraph
    before `token` is tied to; "" when there is none."""
    profile = _last_subject(cast, p, token.i)
    body = profile.affiliation if profile is not None else ""
    return body if body in {name for _, name, label in cast.orgs if label == "ORG"} else ""


def company_of_colleague(cast: People, p: int, i: int, role: str) -> str:
    """ "Chief financial officer X told analysts on a call … “…,” X said. Chief executive Y, on the same call,
    said": the company of the last person who was a clause's subject since the paragraph before token i, when both
    titles are a company's officers' (of kind `other`) and that company is named in the article; "" otherwise."""
    profile = _last_subject(cast, p, i)
    if profile is None or kind_of(role, "") != "other" or kind_of(profile.role, profile.affiliation) != "other":
        return ""
    named = {name for _, name, label in cast.orgs if label == "ORG"}
    return (
        profile.affiliation
        if profile.affiliation in named and organisation_type(profile.affiliation) not in PUBLIC
        else ""
    )


def _last_subject(cast: People, p: int, i: int) -> Profile | None:
    """The profile of the last person who was a clause's subject since the paragraph before token i of paragraph p."""
    subjects = [(pos, name) for pos, name, rank in cast.people if rank and (p - 1, 0) <= pos < (p, i)]
    return cast.profiles.get(max(subjects)[1]) if subjects else None
