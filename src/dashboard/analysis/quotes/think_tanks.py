"""Think tanks whose names sound like another kind of body: a council of states ("Council on Foreign Relations",
"European Council on Foreign Relations", "Atlantic Council"), a company ("International Crisis Group", "Eurasia
Group"), a fund ("German Marshall Fund") or initials alone ("IISS", "SIPRI"); and bodies named by a field of policy
they study and argue for ("Nordic Arms Control Association", "Foreign Policy Association"), whatever noun heads the
name, when no state's or international body's word does. Their staff speak as experts."""

from __future__ import annotations

from dashboard.analysis.quotes.whole_phrases import has_phrase, phrase_pattern

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
    "think tank",  # the noun itself, where a description names the body by it ("who now heads a think tank")
)

#: Fields of policy (whole words of a name, folded) that only a body studying or arguing for a policy is named by; no
#: company, trade body or state's department is ("arms control", "nonproliferation").
POLICY_FIELDS = (
    "arms control",
    "nonproliferation",
    "non-proliferation",
    "disarmament",
    "foreign policy",
    "public policy",
)
_THINK_TANK_NAMES, _POLICY_FIELDS = phrase_pattern(THINK_TANK_NAMES), phrase_pattern(POLICY_FIELDS)


def unnamed_think_tank(profile: tuple[str, str, str]) -> tuple[str, str, str]:
    """(kind, role, affiliation) with no affiliation when that is the noun "think tank" alone ("a fellow at the think
    tank", "who heads a think tank"): it names no body, though it made the speaker an expert; as it was otherwise."""
    kind, role, affiliation = profile
    bare = affiliation.casefold().removeprefix("the ").removeprefix("a ") == "think tank"
    return (kind, role, "") if bare else profile


def is_think_tank(text: str) -> bool:
    """Whether a folded name (words joined by single spaces) is, or holds as whole words, a think tank's."""
    return has_phrase(text, _THINK_TANK_NAMES)


def names_a_policy_field(text: str) -> bool:
    """Whether a folded name holds, as whole words, a field of policy ("Nordic Arms Control Association"); a state's
    or an international body so named ("Arms Control Agency") is typed as one by the words of its kind."""
    return has_phrase(text, _POLICY_FIELDS)


#: Words of a research body's name that make a think tank of it, whose staff (spokespeople too) speak for a body
#: of experts; a university's, a foundation's or a religious centre's spokespeople speak for it as a company's do.
_THINK_TANK_HEADS = frozenset({"institute", "institution", "think-tank"})


def is_think_tank_by_name(name: str) -> bool:
    """Whether an organisation's name is a think tank's: one of the known names or fields of policy, or a name with
    the word "Institute" or "Institution" ("the Meridian Institute", "Institute for Fiscal Studies")."""
    text = " ".join(name.casefold().replace("\u2019", "'").removesuffix("'s").split())
    return is_think_tank(text) or names_a_policy_field(text) or bool(set(text.split()) & _THINK_TANK_HEADS)
