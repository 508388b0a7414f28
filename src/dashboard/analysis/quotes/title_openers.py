"""Words that open a title before a name, capitalised because they open it or the sentence ("Acting CEC chairman X",
"Provincial Governor X", "Interim Health Minister X"): no part of the organisation the words after them name.

The recogniser leaves such a word untagged and a run of proper nouns would take it into a name ("Acting CEC",
"Provincial"); it is dropped when what follows it is a name the recogniser tagged, a portfolio or a title, so a body
named by such a word stays whole ("Provincial Bank", "Regional Transport Authority", untagged, keep it).
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import TITLES, words
from dashboard.analysis.quotes.lexicon import PORTFOLIOS

#: Words of tenure, rank or level of government that open a title ("Acting", "Senior", "Coordinating", "Provincial",
#: "Retired" of "Retired Maj. Gen. X", an officer no longer serving and no body called "Retired").
OPENERS = words("acting interim caretaker provincial regional outgoing incoming senior junior coordinating retired")
#: Words of office a title opened so may go on with ("Provincial Governor", "Acting Health Secretary").
_OFFICES = TITLES | words("chief head commissioner administrator")


def without_title_opener(run: tuple[Token, ...]) -> tuple[Token, ...]:
    """A run of proper nouns without the words of tenure or level of government that open it, when what follows
    them is a tagged name, a portfolio or a title, or nothing; the run as it was otherwise."""
    start = 0
    while start < len(run) and run[start].lower_ in OPENERS:
        start += 1
    if not start:
        return run
    rest = run[start:]
    tagged = bool(rest) and rest[0].ent_type_ != "" and rest[0].ent_iob_ == "B"  # "Acting CEC": "CEC" tagged alone
    titled = all(t.lower_ in PORTFOLIOS or t.lower_ in _OFFICES for t in rest)  # "Provincial Governor", "Acting Health"
    return rest if tagged or titled else run
