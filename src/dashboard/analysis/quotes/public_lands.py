"""Lands a state keeps and runs under their own name: "Cedar Hollow National Park", "the Larch Ridge National
Forest", "Marren Marsh National Wildlife Refuge". Such a name ends with the kind of land, and the state's park or
forest service runs it: its superintendent, rangers and spokespeople hold a public office (officials), as those of a
ministry do, whatever the recogniser took the name for (a facility or a place)."""

from __future__ import annotations

#: The last two words of a name of land a state keeps ("national park", "state forest", "wildlife refuge").
_PUBLIC_LAND_ENDS = frozenset(
    {
        ("national", "park"),
        ("national", "parks"),
        ("national", "forest"),
        ("national", "monument"),
        ("national", "seashore"),
        ("national", "preserve"),
        ("state", "park"),
        ("state", "forest"),
        ("provincial", "park"),
        ("wildlife", "refuge"),
    }
)


def is_public_land(tokens: list[str]) -> bool:
    """Whether the folded words of a name are those of land a state keeps ("… National Park")."""
    return len(tokens) > 2 and (tokens[-2], tokens[-1]) in _PUBLIC_LAND_ENDS
