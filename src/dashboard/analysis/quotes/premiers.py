"""The state or province a premier serves: in Australia and Canada a premier heads a state's or a province's
government, and news names them "State Premier X", "Premier X" or "Western Australian Premier X" in an article about
"the Western Australian government" or "Queensland", giving no organisation beside the title.

A premier whose role names a state or province (by name or adjective) serves it; one by the bare title ("Premier",
"State Premier", "the provincial premier") serves the one state or province the article names up to the speaker's
paragraph, and none when it names two or none (a national premier, "Premier X" of China, is left as it was).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dashboard.analysis.doc_text import text_of

#: States and provinces whose governments premiers head, with the adjectives news writes them by.
_STATES = {
    "New South Wales": ("New South Wales",),
    "Victoria": ("Victoria", "Victorian"),
    "Queensland": ("Queensland",),
    "Western Australia": ("Western Australia", "Western Australian"),
    "South Australia": ("South Australia", "South Australian"),
    "Tasmania": ("Tasmania", "Tasmanian"),
    "Ontario": ("Ontario",),
    "Quebec": ("Quebec", "Québec"),
    "British Columbia": ("British Columbia",),
    "Alberta": ("Alberta", "Albertan"),
    "Saskatchewan": ("Saskatchewan",),
    "Manitoba": ("Manitoba",),
    "Nova Scotia": ("Nova Scotia",),
    "New Brunswick": ("New Brunswick",),
    "Newfoundland and Labrador": ("Newfoundland and Labrador", "Newfoundland"),
    "Prince Edward Island": ("Prince Edward Island",),
}
_NAMES = re.compile(
    r"\b(" + "|".join(sorted((w for ws in _STATES.values() for w in ws), key=len, reverse=True)) + r")\b"
)
_STATE_OF = {word: state for state, spelt in _STATES.items() for word in spelt}
#: Words of a premier's bare title before "premier" ("State Premier X", "the provincial premier").
_BARE = frozenset({"", "the", "state", "provincial", "the state", "the provincial"})


def with_premier_state(profile: tuple[str, str, str], docs: list[Doc], p: int) -> tuple[str, str, str]:
    """(kind, role, affiliation) with the state or province a premier with no affiliation serves; as it was for any
    other profile, or when the article names no one state or province."""
    kind, role, affiliation = profile
    words = role.split()
    if kind != "official" or affiliation or not words or words[-1].casefold() != "premier":
        return profile
    before = " ".join(words[:-1])
    if before.casefold() not in _BARE:  # "Western Australian Premier"; "Vice Premier", "former premier": as they were
        state = _STATE_OF.get(before.removeprefix("the ").removesuffix("'s"), "")
        return (kind, role, state) if state else profile
    named = {_STATE_OF[m.group(1)] for doc in docs[: p + 1] for m in _NAMES.finditer(text_of(doc))}
    return (kind, role, named.pop()) if len(named) == 1 else profile
