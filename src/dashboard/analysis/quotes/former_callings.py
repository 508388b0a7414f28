"""Callings that a "former" leaves as they were. By GUIDELINES.md a former official speaking as an expert is an analyst,
but one who once followed a private calling or worked a trade is a private person still: "a former neurosurgeon", "a
former NFL star", "a former TV anchor", "a former welder who now volunteers at the shelter" are `other`, as "a former
chief executive" is (quotes/kinds.py)."""

from __future__ import annotations

import re

from dashboard.analysis.names import words

#: Nouns of trades and hands-on jobs, none of them an office or an expert's calling; a clerk is left out ("a former
#: county clerk" held an office), and so is a medic (often a soldier).
_TRADE_WORDS = words("""
welder welders machinist machinists electrician electricians plumber plumbers carpenter carpenters joiner mechanic
mechanics bricklayer mason roofer plasterer glazier pipefitter boilermaker ironworker steelworker steelworkers
autoworker autoworkers millworker dockworker longshoreman lineman miner miners logger loggers lumberjack fisherman
fishermen trawlerman rancher farmhand labourer laborer labourers laborers paramedic paramedics firefighter firefighters
caregiver carer janitor housekeeper cleaner cook chef baker butcher waiter waitress bartender barista cashier driver
drivers trucker truckers cabbie courier mailman postman seamstress tailor hairdresser barber
""")
#: Words of serving a state or an office-holder that no list of offices has ("a former FBI agent", "a former
#: speechwriter to the president"): one who did is a former official.
SERVICE_WORDS = words("agent agents speechwriter speechwriters")
_WORDS = re.compile(r"[a-z][a-z'-]*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")


def private_calling(past: str, private: frozenset[str], known: frozenset[str]) -> bool:
    """Whether a role without its "former" names a private calling: one of the `private` roles or a trade ("chief
    executive", "lawyer", "welder"), or a calling that no word of office, of service or of expertise (in `known`) is
    in ("neurosurgeon", "beauty pageant winner", "TV network anchor"); not a role that is names only, cut from a longer
    title ("former Pennsylvania" of "former Pennsylvania Gov. X")."""
    found = set(_WORDS.findall(past.casefold()))
    found |= {part for word in found if "-" in word for part in word.split("-")}
    found |= {word.removesuffix("'s") for word in found} | {word.removesuffix("s") for word in found}
    if found & (private | _TRADE_WORDS):
        return True
    return bool(_LOWER_WORD.search(past)) and not found & (known | SERVICE_WORDS)
