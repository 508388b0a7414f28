"""A body of the people who work for or belong to an organisation, named after it ("the Kelvair Pilots Association",
"the Norvane Workers' Union"): a short name that opens such a name ("Kelvair said") is the organisation itself, never
the association or union of its pilots or workers, which speaks for them and not for the company."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Nouns of a body that people of one trade or company form ("Pilots Association", "Workers' Union").
_MEMBERS_BODIES = words("association union guild federation society brotherhood alliance club")
#: Trades and memberships such a body is named by, in the singular, besides the people nouns of the lexicon.
_MEMBERS = PEOPLE_NOUNS | words("""
pilot attendant engineer mechanic machinist controller driver nurse conductor dispatcher technician crew staff
retiree pensioner shareholder franchisee supporter customer member officer agent
""")


def members_body(name: str, short: str) -> bool:
    """Whether `name` is "<short> <Trades> <Body>" ("Kelvair Pilots Association", "Norvane Workers' Union"), a body
    of the people of `short`, which `short` alone does not stand for."""
    named = name.split()
    if len(named) < 3 or named[0] != short or named[-1].casefold() not in _MEMBERS_BODIES:
        return False
    trade = named[-2].casefold().rstrip("'\u2019")
    return trade.endswith("s") and trade[:-1] in _MEMBERS or trade == "staff"


def opened_for_it(name: str, short: str) -> bool:
    """Whether `short` opens `name` and may stand for it: not "<short> and <more>", two bodies the recogniser joined,
    nor a body of the people of `short`."""
    return name.startswith(f"{short} ") and not name.startswith(f"{short} and ") and not members_body(name, short)
