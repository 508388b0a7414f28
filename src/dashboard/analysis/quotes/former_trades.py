"""Trades, crafts and hands-on service work ("welder", "paramedic", "truck driver"). By GUIDELINES.md a former official
speaking as an expert is an analyst, but one who once worked a trade is a private person still: "X, a former welder
who now volunteers at the shelter," is `other`, as "a former nurse" or "a retired machinist" is (quotes/kinds.py)."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Nouns of trades and hands-on jobs, none of them an office or an expert's calling; a clerk is left out ("a former
#: county clerk" held an office), and so is a medic (often a soldier).
TRADE_WORDS = words("""
welder welders machinist machinists electrician electricians plumber plumbers carpenter carpenters joiner mechanic
mechanics bricklayer mason roofer plasterer glazier pipefitter boilermaker ironworker steelworker steelworkers
autoworker autoworkers millworker dockworker longshoreman lineman miner miners logger loggers lumberjack fisherman
fishermen trawlerman rancher farmhand labourer laborer labourers laborers paramedic paramedics firefighter firefighters
caregiver carer janitor housekeeper cleaner cook chef baker butcher waiter waitress bartender barista cashier driver
drivers trucker truckers cabbie courier mailman postman seamstress tailor hairdresser barber
""")
