"""A body of the state is no "group": "The group called on Tunisia to …" after a rights group's report and then a
foreign ministry's answer is the rights group, not the ministry that spoke last. "The group", "the movement", "the
collective" and "the network" mean a company, a party, an armed group or a campaign of citizens, never a body whose
name ends with a word for an office of the state ("France's foreign ministry", "the U.S. Embassy", "the
government")."""

from __future__ import annotations

from dashboard.analysis.quotes.lexicon import STATE_BODY_NOUNS

#: Nouns for a body of people joined by a cause or a trade, which no ministry or embassy is called.
_GROUP_NOUNS = frozenset({"group", "movement", "collective", "network"})


def state_office_called_group(name: str, noun: str) -> bool:
    """Whether "the <noun>" (a lemma), a word for a group, would mean `name`, whose last word names an office of the
    state ("Interior Ministry", "Germany's foreign ministry", "U.S. Embassy")."""
    return noun in _GROUP_NOUNS and bool(name.split()) and name.split()[-1].lower() in STATE_BODY_NOUNS
