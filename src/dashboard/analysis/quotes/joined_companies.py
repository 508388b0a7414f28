"""Two organisations the recogniser tagged as one name: "the merger of two suppliers, Westbrook and Hale Materials"
is tagged "Westbrook and Hale Materials"; a later "Westbrook said" speaks of Westbrook alone, for news never clips a
name that joins two ("Marks and Spencer", "Procter and Gamble") to its first word."""

from __future__ import annotations


def joins_two(name: str, short: str) -> bool:
    """Whether `name` is "<short> and <more>", which a short name `short` cannot stand for."""
    words = name.split()
    return len(words) > 2 and words[0] == short and words[1] in ("and", "&")
