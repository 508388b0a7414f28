"""The body that a title before a name serves when the article names none beside it: the organisation that acted
just before, when it is of the kind the title serves. "Chief Executive Mara Lind" after "Talbot Foods said" runs the
company, "Governor Piet Olsen" after the central bank raised its rate governs the bank, and "Competition Commissioner
Lena Marsh" after the European Commission fined a firm sits on the Commission."""

from __future__ import annotations

from dashboard.analysis.quotes.organisations import BODIES_OF_TITLES, is_central_bank, organisation_type

#: Last words of titles and whether an organisation's name is of the body that title serves: a governor alone is as
#: often a state's as a central bank's, so only a central bank that acted gives the title its body.
_HEADS_OF_TITLES = {
    "governor": is_central_bank,
    "commissioner": lambda name: "commission" in name.casefold().split(),
}


def serves_a_body(role: str) -> bool:
    """Whether a title before a name serves some body the article may have named before it."""
    title = role.casefold()
    return title in BODIES_OF_TITLES or title.split()[-1:] in ([head] for head in _HEADS_OF_TITLES)


def serves(role: str, name: str) -> bool:
    """Whether a title before a name serves the organisation of this name."""
    title = role.casefold()
    if title in BODIES_OF_TITLES:
        return organisation_type(name) in BODIES_OF_TITLES[title]
    fits = _HEADS_OF_TITLES.get(title.split()[-1]) if title else None
    return bool(name) and fits is not None and fits(name)
