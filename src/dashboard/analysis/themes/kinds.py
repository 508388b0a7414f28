"""The general names by which a story tells on a thing its lead named by its kind: two "frigates" sold become "the
ships", a "tanker" boarded "the vessel", "howitzers" bought "the guns", armoured "carriers" or "tanks" "the vehicles".
Read as lemmas: `general_names` gives, for the nouns of a lead, the general nouns that name the same things (see
`events.participants`)."""

from __future__ import annotations

from collections.abc import Iterable

#: General names of craft at sea, in the air, on land and of arms, by the kinds a lead names them by.
SHIPS = ("ship", "vessel", "boat")
AIRCRAFT = ("aircraft", "plane", "jet")
GUNS = ("gun", "weapon")
VEHICLES = ("vehicle",)
KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        [
            "frigate", "destroyer", "warship", "corvette", "cruiser", "submarine", "gunboat", "tanker", "freighter",
            "trawler", "icebreaker", "dredger", "minesweeper",
        ],
        SHIPS,
    ),
    "carrier": SHIPS + VEHICLES,  # an aircraft carrier, or an armoured personnel carrier
    "tank": VEHICLES,
    **dict.fromkeys(["fighter", "bomber", "airliner", "helicopter", "drone"], AIRCRAFT),
    **dict.fromkeys(["howitzer", "rifle", "cannon", "launcher", "mortar"], GUNS),
}  # fmt: skip


def general_names(nouns: Iterable[str]) -> frozenset[str]:
    """The general nouns (lemmas) that name the things the given nouns (lemmas) name by their kind."""
    return frozenset(name for noun in nouns for name in KINDS.get(noun, ()))
