"""Goods named by what they are (gas, copper, wheat), whose origin told with "from" ("liquefied gas from Qatar",
"copper and cobalt from Congo and Zambia") is only where they come from: like the home of peacekeepers or tourists
(see `names.PEOPLE_FROM`), no party to relations between states. A state's own sending ("imports from China",
"lessons from Ankara") is not listed and still counts."""

from __future__ import annotations

#: Commodities and raw materials by their lemmas.
GOODS = frozenset(
    [
        "gas", "lng", "oil", "crude", "fuel", "diesel", "petrol", "coal", "copper", "cobalt", "iron", "ore",
        "steel", "aluminium", "aluminum", "nickel", "lithium", "uranium", "zinc", "gold", "grain", "wheat", "maize",
        "corn", "rice", "soybean", "soy", "fish", "timber", "cotton", "coffee", "cocoa", "tea", "sugar",
        "fertiliser", "fertilizer", "beef", "meat", "fruit",
    ]
)  # fmt: skip
