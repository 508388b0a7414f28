"""The organisation "the <noun>" stands for when none spoke or acted near it: the one named last of a kind, in the
paragraph or the one before ("the regulator" the state body, "the insurer" the company), or the only one named; "the
union", in a story that follows one union through a dispute, the union named last anywhere before."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.acted_bodies import TRADE_NOUNS
from dashboard.analysis.quotes.counsel_firms import names_counsel_firm
from dashboard.analysis.quotes.organisations import NO_BUSINESSES, PUBLIC, UNION, organisation_type

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def _named_just_before(cast: People, p: int, i: int, of_type: Callable[[str], bool], back: int = 1) -> list[tuple]:
    """The organisations named in this paragraph before token i or in the one before (or `back` paragraphs), whose
    type `of_type` keeps."""
    named = cast.orgs_just_before(p, i, "ORG", back)
    return [(pos, name) for pos, name in named if of_type(organisation_type(name))]


def public_body_named_last(cast: People, p: int, i: int) -> str:
    """ "Trellis Bank was fined by the Prudential Authority. … the regulator said": the state body named last, in
    this paragraph or the one before, when none spoke or acted."""
    bodies = _named_just_before(cast, p, i, lambda kind: kind == "state")
    return max(bodies)[1] if bodies else ""


def only_one_named(cast: People, p: int, token: Token) -> str:
    """ "the aid group Relief Without Borders … The charity said": the one organisation (no public body) named in
    this paragraph or the one before, when no other is; "the agency", the one public body named there when every
    other was described by its trade ("the regulator, the X Board, approved a drug of the drugmaker Y. The agency
    said": no one calls a drugmaker an agency)."""
    names = {name for _, name in _named_just_before(cast, p, token.i, lambda kind: kind not in PUBLIC)}
    if (
        token.lemma_.lower() == "agency"
        and names
        and all(cast.described_nouns.get(n, set()) & TRADE_NOUNS for n in names)
    ):
        public = {name for _, name in _named_just_before(cast, p, token.i, lambda kind: kind in PUBLIC)}
        return public.pop() if len(public) == 1 else ""
    return names.pop() if len(names) == 1 else ""


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
