"""Whose name a surname that opens with a particle ends ("Le Goff" of "Jean-Baptiste Le Goff", "Van der Berghe" of
"Luc Van der Berghe"): French, Belgian, Dutch and Breton surnames are written apart from their particle, so the short
name is two or three words and no match for the one-word surname that names are otherwise compared by."""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.analysis.particle_led_surnames import SURNAME_PARTICLES
from dashboard.analysis.particle_names import NAME_PARTICLES

#: Every particle, lower-cased, that may open a surname written apart ("le", "de", "van", "des", "el").
OPENING_PARTICLES = frozenset(NAME_PARTICLES | {p.casefold() for p in SURNAME_PARTICLES} | {"des"})


def particle_surname_owners(names: Iterable[str], short: str) -> list[str]:
    """The longer names of `names` whose last words are `short`, case aside, when `short` opens with a particle."""
    words = short.split()
    if len(words) < 2 or words[0].casefold() not in OPENING_PARTICLES:
        return []
    tail = [w.casefold() for w in words]
    return [n for n in names if ends_with(n.split(), tail)]


def ends_with(name: list[str], tail: list[str]) -> bool:
    """Whether a longer name's last words are the tail's, case aside."""
    return len(name) > len(tail) and [w.casefold() for w in name[-len(tail) :]] == tail
