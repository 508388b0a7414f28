"""Territories that datelines name after a city as they name a country ("HAMILTON, Bermuda --", "SAN JUAN, Puerto
Rico --", "NUUK, Greenland --"): self-governing or overseas lands that no list of countries has, and that the
recogniser often tags as a person or a company when a dateline's capitals lead it astray. Only where a dateline is
read: whether a country is meant elsewhere (a speaker's state) stays for the countries' list to say."""

from __future__ import annotations

#: Territories, in lower case, as datelines write them.
TERRITORIES = frozenset({
    "bermuda", "puerto rico", "greenland", "guam", "gibraltar", "cayman islands", "grand cayman", "hong kong", "macau",
    "macao", "faroe islands", "isle of man", "jersey", "guernsey", "aruba", "curacao", "curaçao", "new caledonia",
    "french polynesia", "tahiti", "martinique", "guadeloupe", "reunion", "réunion", "u.s. virgin islands",
    "british virgin islands", "american samoa", "northern mariana islands", "saipan", "anguilla", "montserrat",
    "turks and caicos islands", "falkland islands", "svalbard", "aland islands", "åland islands",
})  # fmt: skip


def is_territory(name: str) -> bool:
    """Whether a name is a territory a dateline may give after its city ("Bermuda", "Puerto Rico")."""
    return name.casefold().strip() in TERRITORIES
