"""The organisation "the <noun>" stands for when none spoke or acted near it: the one named last of a kind, in the
paragraph or the one before ("the regulator" the state body, "the insurer" the company), or the only one named; "the
union", in a story that follows one union through a dispute, the union named last anywhere before. A public body's
noun ("the agency", "the ministry") never stands for a body the article described by its trade ("the drugmaker Y")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.acted_bodies import PUBLIC_NOUNS, TRADE_NOUNS, plies_trade
from dashboard.analysis.quotes.counsel_firms import names_counsel_firm
from dashboard.analysis.quotes.ministers_bodies import body_of_portfolio
from dashboard.analysis.quotes.organisations import NO_BUSINESSES, PUBLIC, UNION, organisation_type
from dashboard.analysis.quotes.state_bodies import heads_seat

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def _named_just_before(
    cast: People, p: int, i: int, of_type: Callable[[str], bool], back: int = 1, *, public: bool = False
) -> list[tuple]:
    """The organisations named in this paragraph before token i or in the one before (or `back` paragraphs), whose
    type `of_type` keeps; for a `public` body's noun, none the article described by its trade."""
    named = cast.orgs_just_before(p, i, "ORG", back)
    return [
        (pos, name)
        for pos, name in named
        if of_type(organisation_type(name)) and not (public and plies_trade(cast, name))
    ]


def public_body_named_last(cast: People, p: int, i: int) -> str:
    """ "Trellis Bank was fined by the Prudential Authority. … the regulator said": the state body named last, in
    this paragraph or the one before, when none spoke or acted."""
    bodies = _named_just_before(cast, p, i, lambda kind: kind == "state")
    return max(bodies)[1] if bodies else ""


def only_one_named(cast: People, p: int, token: Token) -> str:
    """ "the aid group Relief Without Borders … The charity said": the one organisation (no public body) named in
    this paragraph or the one before, when no other is; for a public body's noun ("the agency"), none described by
    a trade only companies ply, and when every other was described by a trade, the one public body named there ("the
    regulator, the X Board, approved a drug of the drugmaker Y. The agency said": no one calls a drugmaker an
    agency; nor "the utility Y" beside a regulator)."""
    public = token.lemma_.lower() in PUBLIC_NOUNS
    others = [name for _, name in _named_just_before(cast, p, token.i, lambda kind: kind not in PUBLIC)]
    if public and others and all(plies_trade(cast, name, TRADE_NOUNS) for name in others):
        bodies = {name for _, name in _named_just_before(cast, p, token.i, lambda kind: kind in PUBLIC)}
        return bodies.pop() if len(bodies) == 1 else ""
    names = {name for _, name in _named_just_before(cast, p, token.i, lambda kind: kind not in PUBLIC, public=public)}
    return names.pop() if len(names) == 1 else ""


def department_named_last(cast: People, p: int, token: Token) -> str:
    """ "The plant was paid for by Indigenous Services Canada. The department says …": "the department" or "the
    ministry" alone, when no state body spoke or acted, is the organisation named last in this paragraph or the
    one before, though its name is no public body's; not one in a quotation ("“let down by Kestrel Air”"), nor one
    described by its trade ("the retailer Y")."""
    if token.lemma_.lower() not in ("department", "ministry") or len(list(token.subtree)) != 2:
        return ""
    named = _named_just_before(cast, p, token.i, lambda kind: True, public=True)
    named = [(q, n) for q, n in named if not (cast.quoted(q) or heads_seat(n))]
    if not named:
        return ""
    (q, i), name = named[-1]
    portfolio = cast.entity(q, cast.docs[q][i])
    return (body_of_portfolio(token, portfolio) if portfolio is not None else "") or name  # (ministers_bodies)


def company_named_last(cast: People, p: int, i: int) -> str:
    """ "Shares in Corvane Holdings fell after the insurer warned": the company named last, in this paragraph or
    the one before, when no organisation has spoken or acted since; no union or think tank, which no one calls a
    company, and no law firm named as where a lawyer works."""
    companies = _named_just_before(cast, p, i, lambda kind: kind not in NO_BUSINESSES)
    companies = [(pos, name) for pos, name in companies if not names_counsel_firm(cast, *pos)]  # "of the firm Y"
    return max(companies)[1] if companies else ""


def union_named_last(cast: People, p: int, i: int) -> str:
    """ "Members of the Korean Federation of Metal Workers walked out. … The union said": the union named last
    anywhere before, when none is near and none has "union" in its name; a strike story names its union once and
    calls it "the union" to the end."""
    unions = _named_just_before(cast, p, i, lambda kind: kind == UNION, back=p)
    return max(unions)[1] if unions else ""
