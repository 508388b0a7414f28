"""The company a "the company" (the firm, the bank …) names several paragraphs after the company was named.

"Shares in Brennock Foods fell. … (paragraphs on prices and weather) … The company said": when the article so far has
named exactly one company (no public body's or party's name) and no other organisation since, "the company" is it,
however far back it was named. With two companies named, or a ministry or regulator named after the company, the noun
could mean another, and this says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.audiences import spoken_to
from dashboard.analysis.quotes.body_phrases import may_mean
from dashboard.analysis.quotes.counsel_firms import names_counsel_firm
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.organisations import PUBLIC, organisation_type

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def only_company_named(cast: People, p: int, token: Token) -> str:
    """The one company named in the article before `token` of paragraph `p` when no other organisation was named
    after it, and "the <noun>" may mean it; "" otherwise."""
    company = sole_company_before(cast, p, token.i)
    return company if company and may_mean(company, token) else ""


def sole_company_before(cast: People, p: int, i: int) -> str:
    """The one company the article named before token i of paragraph p when no other organisation was named after
    it (a ministry or regulator named since may be who speaks; a law firm named as a lawyer's is none); "" otherwise."""
    named = [(pos, name) for pos, name, label in cast.orgs if pos < (p, i) and label == "ORG"]
    named = [(pos, name) for pos, name in named if not names_counsel_firm(cast, *pos)]  # "of the firm Y"
    companies = {name for _, name in named if organisation_type(name) not in PUBLIC}
    if len(companies) != 1:
        return ""
    company = companies.pop()
    last = max(pos for pos, name in named if name == company)
    return "" if any(pos > last for pos, _ in named) else company


def far_owner(cast: People, p: int, token: Token) -> str:
    """The one company a definite noun of an officer's owner means, however far back it was named ("Northwind
    Airways slumped to a loss. … The airline's finance director, X,"), as `only_company_named` finds it; "" when that
    name is a person's the recogniser took for a company, or only a body a speaker was talking to ("told AFP")."""
    company = only_company_named(cast, p, token) if definite(token) else ""
    if not company or company in cast.profiles:
        return ""
    named = [pos for pos, name, _ in cast.orgs if name == company and pos < (p, token.i)]
    return company if any(not spoken_to(cast.docs[q][i]) for q, i in named) else ""


def far_untagged_company(cast: People, p: int, token: Token) -> str:
    """The company "the company" (the group, the firm …) means two paragraphs after it was named as a main clause's
    subject under a name the recogniser missed ("Pendry Automotive said in a filing … Its chairman, X, said … Y, who
    runs the group's battery unit, said"), when no organisation was tagged since and the noun may mean it; ""
    otherwise (the paragraph before, or this one, is `missed_organisation`'s own reach)."""
    if p < 2 or not definite(token):
        return ""
    if any((p - 2, 0) <= pos < (p, token.i) and label == "ORG" for pos, _, label in cast.orgs):
        return ""
    name = cast.missed_organisation(p - 1, len(cast.docs[p - 1]))
    return name if name and may_mean(name, token) else ""
