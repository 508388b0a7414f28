"""The states that themes know by name: the countries the quotes know (`quotes.countries`) and the states that list
leaves out, which world news names as often ("Niger", "Chad", "Burkina Faso", "North Macedonia"). General knowledge
of the world's states, written for this product."""

from __future__ import annotations

from dashboard.analysis.quotes.countries import is_country

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
