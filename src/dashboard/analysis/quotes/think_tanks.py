"""Think tanks whose names sound like another kind of body: a council of states ("Council on Foreign Relations",
"European Council on Foreign Relations", "Atlantic Council"), a company ("International Crisis Group", "Eurasia
Group"), a fund ("German Marshall Fund") or initials alone ("IISS", "SIPRI"). Their staff speak as experts."""

from __future__ import annotations

#: Names (as whole words of a name, folded) of think tanks world news quotes, that no word of their name types.
THINK_TANK_NAMES = (
    "crisis group",
    "council on foreign relations",
    "atlantic council",
    "international affairs council",
    "council for foreign and defence policy",
    "german marshall fund",
    "eurasia group",
    "valdai discussion club",
    "valdai club",
    "bruegel",
    "clingendael",
    "iiss",
    "sipri",
    "rusi",
    "ecfr",
)


def is_think_tank(text: str) -> bool:
    """Whether a folded name (words joined by single spaces) is, or holds as whole words, a think tank's."""
    padded = f" {text} "
    return any(f" {name} " in padded for name in THINK_TANK_NAMES)
