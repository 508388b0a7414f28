"""The states that themes know by name: the countries the quotes know (`quotes.countries`) and the states that list
leaves out, which world news names as often ("Niger", "Chad", "Burkina Faso", "North Macedonia"). General knowledge
of the world's states, written for this product."""

from __future__ import annotations

import re

from dashboard.analysis.quotes.countries import country_of, is_country
from dashboard.analysis.themes.capitals import CAPITALS

#: States missing from `quotes.countries`, lower case, as news names them.
MORE_STATES = frozenset(
    [
        "andorra", "bahamas", "barbados", "belize", "benin", "bhutan", "botswana", "brunei", "burundi", "chad",
        "comoros", "djibouti", "dominica", "eswatini", "swaziland", "fiji", "gabon", "gambia", "grenada", "guinea",
        "guyana", "kiribati", "laos", "lesotho", "liechtenstein", "luxembourg", "madagascar", "malawi", "maldives",
        "mauritania", "mauritius", "micronesia", "monaco", "montenegro", "nauru", "niger", "palau", "palestine",
        "samoa", "seychelles", "suriname", "togo", "tonga", "tuvalu", "vanuatu", "burkina faso", "el salvador",
        "dominican republic", "papua new guinea", "east timor", "timor-leste", "equatorial guinea", "cape verde",
        "guinea-bissau", "trinidad and tobago", "central african republic", "north macedonia", "macedonia",
        "bosnia and herzegovina", "vatican", "the holy see", "holy see", "san marino", "antigua and barbuda",
        "saint lucia", "st lucia", "sao tome and principe", "solomon islands", "marshall islands",
        # other names of states that news uses
        "burma", "czechia", "turkiye", "türkiye", "cote d'ivoire", "côte d'ivoire", "cabo verde", "drc", "dr congo",
        "vatican city", "soviet union", "ussr", "u.s.s.r.",
    ]
)  # fmt: skip


def is_state(name: str) -> bool:
    """Whether a name is a state's ("Niger", "the Netherlands"), not a city's or a region's."""
    return is_country(name) or name.casefold().removeprefix("the ").strip() in MORE_STATES


#: A title's words, for naming the states in it without a parse.
TITLE_WORDS = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def title_states(title: str) -> int:
    """How many distinct states a title names by their names, peoples or capitals ("Norway Rejects Russian Protest"
    names two; a capital after "In" is only a place): a title is read without a parse, one or two words at a time."""
    words = [w.removesuffix("'s") for w in TITLE_WORDS.findall(title)]
    where = {i + 1 for i, w in enumerate(words) if w.casefold() in ("in", "at", "near", "from", "to", "off", "over")}
    found: set[str] = set()
    i = 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair and (is_state(pair) or (pair.casefold() in CAPITALS and i not in where)):
            found.add(pair.casefold())
            i += 2
            continue
        word = words[i]
        capital = word.casefold() in CAPITALS and i not in where  # "Talks In Geneva" name no party
        state = country_of(word) or (word if is_state(word) or capital else "")
        if state and word[0].isupper():
            found.add(state.casefold())
        i += 1
    return len(found)
