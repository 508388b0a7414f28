"""Well-known aid and rights groups whose names are ordinary words ("Save the Children", "Doctors Without Borders",
"Mercy Corps") or a word the recogniser takes for a nationality ("Oxfam"): found by their names as written, so that a
description naming one ties the person to the group, whatever the recogniser tagged."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.found import Found

#: The groups' names as written, in their usual forms.
KNOWN_AID_GROUPS = (
    "Save the Children",
    "Doctors Without Borders",
    "Médecins Sans Frontières",
    "Medecins Sans Frontieres",
    "Reporters Without Borders",
    "Oxfam",
    "Mercy Corps",
    "World Vision",
    "Action Against Hunger",
    "Islamic Relief",
    "Christian Aid",
    "Plan International",
    "Handicap International",
    "Catholic Relief Services",
    "Human Rights Watch",
    "Amnesty International",
    "Physicians for Human Rights",
    "Committee to Protect Journalists",
    "International Rescue Committee",
    "Norwegian Refugee Council",
)
_WORDS = tuple(name.split() for name in KNOWN_AID_GROUPS)
#: Each word of the names, with the names it is in and where it stands in them, in the order of the list above.
_PLACES: dict[str, list[tuple[list[str], int]]] = {}
for _words in _WORDS:
    for _k, _word in enumerate(_words):
        _PLACES.setdefault(_word, []).append((_words, _k))
#: The folded names, for telling what kind of organisation a name is.
FOLDED_AID_GROUPS = frozenset(name.casefold() for name in KNOWN_AID_GROUPS)


def aid_group_at(token: Token) -> Found | None:
    """The known aid or rights group whose name, as written, the token is part of ("Doctors" of "Doctors Without
    Borders"), or None."""
    doc = token.doc
    for words, k in _PLACES.get(token.text, ()):
        start = token.i - k
        if start >= 0 and [t.text for t in doc[start : start + len(words)]] == words:
            return Found(" ".join(words), tuple(doc[start : start + len(words)]))
    return None
