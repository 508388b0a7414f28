"""The body "the company", "the regulator" or "the agency" stands for when none spoke or acted near it: the one that
spoke last, however far back, else the one that was a clause's subject last. "The company" is a business, "the
regulator" a public body, and "the agency" either: an agency is a company's ("Harbour Transit said … The agency
said") as often as a state's or a world body's ("the World Rice Programme said … The agency said"), so no type of
body is kept from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.names import words
from dashboard.analysis.quotes.apposed_trades import company_apposed_to_trade
from dashboard.analysis.quotes.body_phrases import may_mean
from dashboard.analysis.quotes.lexicon import COMPANY_NOUNS, PUBLIC_BODY_NOUNS, STATE_BODY_NOUNS
from dashboard.analysis.quotes.organisations import PUBLIC, organisation_type

if TYPE_CHECKING:
    from dashboard.analysis.quotes.institutions import Institutions
    from dashboard.analysis.quotes.people import People

#: Company nouns that can only mean a business: "the insurer" is the company named last when no other spoke or acted.
_NOT_ONLY_BUSINESS = words("""
agency union charity organisation organization tank centre center group business chain giant authority body
""")
TRADE_NOUNS = COMPANY_NOUNS - PUBLIC_BODY_NOUNS - _NOT_ONLY_BUSINESS
#: Nouns that name a public body ("the regulator", "the ministry", "the agency", "the commission").
PUBLIC_NOUNS = PUBLIC_BODY_NOUNS | STATE_BODY_NOUNS
#: Trades a public body plies too ("the transit operator X", "the city-owned utility Y", "the state pension fund Z",
#: "the public broadcaster W"): a body described by one may still be what "the agency" means.
_PUBLIC_TRADES = words("""
operator utility fund bank lender railway railroad broadcaster insurer exporter importer cooperative
""")


def plies_trade(cast: People, name: str, trades: frozenset[str] = TRADE_NOUNS - _PUBLIC_TRADES) -> bool:
    """Whether the article described a body by a trade only companies ply ("the drugmaker Y", "Y, a carmaker,"; by
    any of `trades`) and it is no public body by its name or what the article called it: no noun of a public body
    stands for it ("the drugmaker Y won the X Board's approval. The agency said" is the board)."""
    return bool(cast.described_nouns.get(name, set()) & trades) and not _public(cast, name)


def body_that_acted(cast: Institutions, p: int, i: int, noun: str) -> str:
    """ "Brennock Foods raised its forecast. … Sales grew. … The company said": the company that spoke last before
    token i of paragraph p, else the one that was a clause's subject last, however far back, when none is nearer
    ("Orvik said it ended a deal for Baltren to buy a unit. … The company said" is Orvik), unless the article set a
    name in apposition to the same noun before ("the developer, X,"); for "the regulator" or
    "the watchdog", the public body that did; for "the agency" alone, any body that did ("the law enforcement agency"
    says more than a name may); "" for other nouns."""
    described = any(c.dep_ in ("compound", "amod") for c in cast.docs[p][i].lefts)  # "the law enforcement agency"
    if noun not in TRADE_NOUNS and noun not in PUBLIC_BODY_NOUNS and noun != "agency" or noun == "agency" and described:
        return ""
    if apposed := company_apposed_to_trade(cast, p, cast.docs[p][i]):
        return apposed  # "a lawyer for the developer, X, … The developer said": the article said which
    spoke = [(pos, s.name) for pos, s in cast.spoken if s.kind == "institution"]
    for named in (spoke, cast.acted_organisations()):
        found = [
            (pos, name)
            for pos, name in named
            if pos < (p, i)
            and name[:1].isupper()
            and (noun == "agency" or _public(cast, name) == (noun in PUBLIC_BODY_NOUNS))
            and not (noun in PUBLIC_NOUNS and plies_trade(cast, name))  # "the agency" is no drugmaker that spoke
            and may_mean(name, cast.docs[p][i])  # "the company" is no union that spoke since
        ]
        if found:
            return max(found)[1]
    return ""


def _public(cast: People, name: str) -> bool:
    """Whether the body is a state's, a party's or a world body's, by its name or by what the article called it."""
    return bool(PUBLIC & {organisation_type(name), cast.org_types.get(name)})
