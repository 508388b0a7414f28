"""The state a title names by a state's name or adjective of several words, which the recogniser often cuts or tags
as anything but a state: "Papua New Guinean finance minister X" (tagged a work, its affiliation "Papua New"),
"Equatorial Guinean Foreign Minister X", "Sri Lanka Foreign Minister X", "Central African President X", "Trinidad and
Tobago's prime minister X". The state is the longest name or adjective of the country lexicon that opens the title,
and adjectives the lexicon does not list are derived from the names it holds ("Equatorial Guinea" -> "Equatorial
Guinean", "Central African Republic" -> "Central African"), not listed twice. A state's adjective followed by a
people's ("Bosnian Serb leader", "Kosovo Serb leader", "Turkish Cypriot leader") names a people, not a state: no
state is given for it.
"""

from __future__ import annotations

from dashboard.analysis.names import RANKS, TITLES
from dashboard.analysis.peoples import a_people
from dashboard.analysis.quotes.countries import ADJECTIVES, ALIASES, country_called, country_of
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PORTFOLIOS, TITLE_NOUNS

#: State adjectives that do not name a people after another state's ("French European affairs minister").
_NOT_PEOPLES = frozenset({"european"})
#: Words a title after the state may hold capitalised ("Foreign Minister", "Prime Minister", "Deputy Speaker").
_TITLE_WORDS = PORTFOLIOS | TITLE_NOUNS | ROLE_WORDS | {t.casefold().rstrip(".") for t in (*TITLES, *RANKS)}
_TITLE_WORDS |= {"prime", "deputy", "vice", "acting", "interim", "chief", "senior", "leader", "speaker", "envoy"}


def _derived(name: str) -> list[str]:
    """Adjectives news writes for a state of several words, from its name ("Sierra Leone" -> "Sierra Leonean")."""
    if name.endswith(" Republic"):
        return [name.removesuffix(" Republic")]
    endings = {"a": "n", "e": "an", "n": "ese"}  # "Papua New Guinean", "Cape Verdean", "South Sudanese"
    return [name + endings[name[-1]]] if name[-1] in endings else []


_STATES: dict[str, str] = {name.casefold(): country_called(name) for name in {*ADJECTIVES.values(), *ALIASES.values()}}
_STATES |= {key: country_called(name) for key, name in (*ADJECTIVES.items(), *ALIASES.items())}
_STATES |= {d.casefold(): n for n in {*ADJECTIVES.values(), *ALIASES.values()} if " " in n for d in _derived(n)}
#: The most words a state's name or adjective runs to.
_LONGEST = max(len(key.split()) for key in _STATES)


def with_titled_state(profile: tuple[str, str, str]) -> tuple[str, str, str]:
    """(kind, role, affiliation) of an official whose title opens with a state of several words, the state given in
    place of none or of a piece of the title ("Papua New", "Sierra Leonean Finance"), a possessive's owner taken off
    the role ("Trinidad and Tobago's prime minister" -> "prime minister"); no state for a people ("Kosovo Serb
    leader"); as it was for any other profile."""
    kind, role, affiliation = profile
    if kind != "official" or not role:
        return profile
    whole = not affiliation or affiliation.casefold() in role.casefold() or affiliation in _STATES.values()
    title = role if whole else f"{affiliation} {role}"  # "Papua New" + "Guinean finance minister"
    words = title.removeprefix("the ").split()
    for n in range(min(_LONGEST, len(words) - 1), 0, -1):
        phrase = " ".join(words[:n])
        owned = phrase.endswith(("'s", "’s", "'", "’"))
        state = _STATES.get(phrase.removesuffix("s").rstrip("'’").casefold() if owned else phrase.casefold(), "")
        if not state or not words[0][:1].isupper():
            continue
        rest = words[n:]
        if not owned and _people(rest[0]):  # "Bosnian Serb leader", "Kosovo Serb leader": a people
            return (kind, role, "") if affiliation.casefold() in (state.casefold(), phrase.casefold()) else profile
        if n == 1 and not owned or not _cut(affiliation, phrase, title, n, state) or not _a_title(rest):
            return profile  # a state of one word the rules before read as they should; a body's name; no title
        return kind, " ".join(rest) if owned else title, state
    return profile


def _cut(affiliation: str, phrase: str, title: str, n: int, state: str) -> bool:
    """Whether an affiliation is none, or a piece of the state's words and at most the portfolio after them ("Papua
    New", "Tobago", "Sri Lanka Foreign"), not a body's name the state opens ("South African Reserve Bank")."""
    if not affiliation:
        return True
    words, lower = affiliation.split(), affiliation.casefold()
    if affiliation == state:
        return False
    if lower in phrase.casefold():
        return True
    return title.casefold().startswith(lower) and len(words) == n + 1 and words[-1].casefold() in PORTFOLIOS


def _a_title(words: list[str]) -> bool:
    """Whether the words after the state are a title: each in lower case or a word of titles and portfolios."""
    return all(w.islower() or w.casefold().rstrip(".,") in _TITLE_WORDS for w in words)


def _people(word: str) -> bool:
    """Whether a word after a state's adjective names a people ("Serb", "Cypriot", "Albanian")."""
    lower = word.casefold()
    return a_people(lower) or bool(country_of(lower)) and lower not in _NOT_PEOPLES and word[:1].isupper()
