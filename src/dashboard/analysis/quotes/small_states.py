"""Smaller states the country lists of `quotes.countries` left out, with the adjectives news writes them by, and their
capitals: general knowledge of the world's states, written for this product ("PORT MORESBY (Reuters) - … Health
Minister X" serves Papua New Guinea as "LUSAKA (AFP) - … Health Minister X" serves Zambia)."""

from __future__ import annotations

from dashboard.analysis.quotes.capitals import CAPITAL_STATES

#: Adjective (lower case) -> the state it speaks of; a state's long name with no adjective news uses stands for itself.
SMALL_STATE_ADJECTIVES = {
    "motswana": "Botswana", "batswana": "Botswana", "basotho": "Lesotho", "mosotho": "Lesotho",
    "papua new guinean": "Papua New Guinea", "ni-vanuatu": "Vanuatu", "comorian": "Comoros",
    "seychellois": "Seychelles", "i-kiribati": "Kiribati", "nauruan": "Nauru", "palauan": "Palau",
    "tuvaluan": "Tuvalu", "marshallese": "Marshall Islands", "grenadian": "Grenada", "sammarinese": "San Marino",
    "liechtensteiner": "Liechtenstein", "bissau-guinean": "Guinea-Bissau", "equatoguinean": "Equatorial Guinea",
    "solomon islands": "Solomon Islands", "central african republic": "Central African Republic",
    "antigua and barbuda": "Antigua and Barbuda", "bosnia and herzegovina": "Bosnia",
    "federated states of micronesia": "Micronesia",
}  # fmt: skip

#: Long names wires give a state in place of its short one ("Congo Republic's President X"), -> the short name.
SMALL_STATE_LONG_NAMES = {
    "congo republic": "Congo", "republic of congo": "Congo", "republic of the congo": "Congo",
    "congo-brazzaville": "Congo",
}  # fmt: skip

#: The capitals of the states above, and of listed states whose capitals `quotes.capitals` leaves out.
SMALL_STATE_CAPITALS = {
    "gaborone": "Botswana", "maseru": "Lesotho", "port moresby": "Papua New Guinea", "port vila": "Vanuatu",
    "moroni": "Comoros", "tarawa": "Kiribati", "honiara": "Solomon Islands",
    "bangui": "Central African Republic", "bissau": "Guinea-Bissau", "malabo": "Equatorial Guinea",
    "suva": "Fiji", "apia": "Samoa", "nuku'alofa": "Tonga", "dili": "Timor-Leste", "thimphu": "Bhutan",
    "male": "Maldives", "paramaribo": "Suriname", "georgetown": "Guyana", "belmopan": "Belize",
    "kingston": "Jamaica", "nassau": "Bahamas", "bridgetown": "Barbados", "port of spain": "Trinidad and Tobago",
    "panama city": "Panama", "san jose": "Costa Rica", "guatemala city": "Guatemala", "santiago": "Chile",
    "brazzaville": "Congo", "cotonou": "Benin", "porto-novo": "Benin", "banjul": "Gambia", "mbabane": "Eswatini",
    "djibouti": "Djibouti", "kuwait": "Kuwait", "tripoli": "Libya", "abidjan": "Ivory Coast",
    "yamoussoukro": "Ivory Coast", "sofia": "Bulgaria",
}  # fmt: skip


def state_of_capital(place: str) -> str:
    """The state whose capital `place` (case-folded) is, among the states `quotes.capitals` lists and the smaller ones
    above ("lusaka" -> "Zambia", "port moresby" -> "Papua New Guinea"); "" for any other place."""
    return CAPITAL_STATES.get(place, "") or SMALL_STATE_CAPITALS.get(place, "")
