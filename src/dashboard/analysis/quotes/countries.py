"""Countries and the adjectives news uses for them, so an official's "French finance minister" is tied to France.

General knowledge of the world's states (and the EU, which news treats like one), written for this product.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from dashboard.analysis.names import words
from dashboard.analysis.quotes.small_states import SMALL_STATE_ADJECTIVES, SMALL_STATE_LONG_NAMES

if TYPE_CHECKING:
    from dashboard.analysis.quotes.mentions import Mentions

#: Adjective (lower case) -> the country it speaks of.
_ADJECTIVES = {
    "afghan": "Afghanistan",
    "albanian": "Albania",
    "algerian": "Algeria",
    "american": "US",
    "angolan": "Angola",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "armenian": "Armenia",
    "australian": "Australia",
    "austrian": "Austria",
    "azerbaijani": "Azerbaijan",
    "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh",
    "belarusian": "Belarus",
    "belgian": "Belgium",
    "bolivian": "Bolivia",
    "bosnian": "Bosnia",
    "brazilian": "Brazil",
    "british": "UK",
    "bulgarian": "Bulgaria",
    "burmese": "Myanmar",
    "cambodian": "Cambodia",
    "cameroonian": "Cameroon",
    "canadian": "Canada",
    "chilean": "Chile",
    "chinese": "China",
    "colombian": "Colombia",
    "congolese": "Congo",
    "croatian": "Croatia",
    "cuban": "Cuba",
    "cypriot": "Cyprus",
    "czech": "Czech Republic",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "ecuadorian": "Ecuador",
    "egyptian": "Egypt",
    "emirati": "United Arab Emirates",
    "eritrean": "Eritrea",
    "estonian": "Estonia",
    "ethiopian": "Ethiopia",
    "european": "EU",
    "filipino": "Philippines",
    "finnish": "Finland",
    "french": "France",
    "georgian": "Georgia",
    "german": "Germany",
    "ghanaian": "Ghana",
    "greek": "Greece",
    "guatemalan": "Guatemala",
    "haitian": "Haiti",
    "honduran": "Honduras",
    "hungarian": "Hungary",
    "icelandic": "Iceland",
    "indian": "India",
    "indonesian": "Indonesia",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "ivorian": "Ivory Coast",
    "jamaican": "Jamaica",
    "japanese": "Japan",
    "jordanian": "Jordan",
    "kazakh": "Kazakhstan",
    "kenyan": "Kenya",
    "korean": "Korea",
    "kosovan": "Kosovo",
    "kuwaiti": "Kuwait",
    "kyrgyz": "Kyrgyzstan",
    "latvian": "Latvia",
    "lebanese": "Lebanon",
    "liberian": "Liberia",
    "libyan": "Libya",
    "lithuanian": "Lithuania",
    "malaysian": "Malaysia",
    "malian": "Mali",
    "maltese": "Malta",
    "mexican": "Mexico",
    "moldovan": "Moldova",
    "mongolian": "Mongolia",
    "moroccan": "Morocco",
    "mozambican": "Mozambique",
    "namibian": "Namibia",
    "nepalese": "Nepal",
    "nicaraguan": "Nicaragua",
    "nigerian": "Nigeria",
    "norwegian": "Norway",
    "omani": "Oman",
    "pakistani": "Pakistan",
    "palestinian": "Palestinian territories",
    "panamanian": "Panama",
    "paraguayan": "Paraguay",
    "peruvian": "Peru",
    "philippine": "Philippines",
    "polish": "Poland",
    "portuguese": "Portugal",
    "qatari": "Qatar",
    "romanian": "Romania",
    "russian": "Russia",
    "rwandan": "Rwanda",
    "saudi": "Saudi Arabia",
    "senegalese": "Senegal",
    "serbian": "Serbia",
    "singaporean": "Singapore",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "somali": "Somalia",
    "spanish": "Spain",
    "sudanese": "Sudan",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "syrian": "Syria",
    "taiwanese": "Taiwan",
    "tajik": "Tajikistan",
    "tanzanian": "Tanzania",
    "thai": "Thailand",
    "tunisian": "Tunisia",
    "turkish": "Turkey",
    "turkmen": "Turkmenistan",
    "ugandan": "Uganda",
    "ukrainian": "Ukraine",
    "uruguayan": "Uruguay",
    "uzbek": "Uzbekistan",
    "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "yemeni": "Yemen",
    "zambian": "Zambia",
    "zimbabwean": "Zimbabwe",
    "south african": "South Africa",
    "south korean": "South Korea",
    "north korean": "North Korea",
    "south sudanese": "South Sudan",
    "sri lankan": "Sri Lanka",
    "new zealand": "New Zealand",
    "costa rican": "Costa Rica",
    "saudi arabian": "Saudi Arabia",
    "sierra leonean": "Sierra Leone",
    "andorran": "Andorra",
    "bahamian": "Bahamas",
    "barbadian": "Barbados",
    "belizean": "Belize",
    "beninese": "Benin",
    "bhutanese": "Bhutan",
    "bruneian": "Brunei",
    "burkinabe": "Burkina Faso",
    "burundian": "Burundi",
    "chadian": "Chad",
    "djiboutian": "Djibouti",
    "dominican": "Dominican Republic",
    "fijian": "Fiji",
    "gabonese": "Gabon",
    "gambian": "Gambia",
    "guinean": "Guinea",
    "guyanese": "Guyana",
    "kosovar": "Kosovo",
    "lao": "Laos",
    "laotian": "Laos",
    "luxembourgish": "Luxembourg",
    "macedonian": "North Macedonia",
    "malagasy": "Madagascar",
    "malawian": "Malawi",
    "maldivian": "Maldives",
    "mauritanian": "Mauritania",
    "mauritian": "Mauritius",
    "monegasque": "Monaco",
    "montenegrin": "Montenegro",
    "nepali": "Nepal",
    "nigerien": "Niger",
    "salvadoran": "El Salvador",
    "samoan": "Samoa",
    "surinamese": "Suriname",
    "togolese": "Togo",
    "tongan": "Tonga",
    "trinidadian": "Trinidad and Tobago",
    "cape verdean": "Cape Verde",
    "timorese": "Timor-Leste",
    "swazi": "Eswatini",
}

#: Other names and short forms of countries (lower case) -> the name used here.
_ALIASES = {
    "u.s.": "US",
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states": "US",
    "united states of america": "US",
    "u.k.": "UK",
    "uk": "UK",
    "britain": "UK",
    "great britain": "UK",
    "united kingdom": "UK",
    "england": "UK",
    "scotland": "UK",
    "wales": "UK",
    "eu": "EU",
    "european union": "EU",
    "south korea": "South Korea",
    "north korea": "North Korea",
    "holland": "Netherlands",
    "uae": "United Arab Emirates",
    "east timor": "Timor-Leste",
    "swaziland": "Eswatini",
    "holy see": "Vatican",
    "vatican city": "Vatican",
    "ivory coast": "Ivory Coast",
    "cote d'ivoire": "Ivory Coast",
    "burma": "Myanmar",
    "czechia": "Czech Republic",
    "turkiye": "Turkey",
}

_ADJECTIVES |= SMALL_STATE_ADJECTIVES  # "Motswana", "Papua New Guinean"
_ALIASES |= SMALL_STATE_LONG_NAMES  # "Congo Republic"
ADJECTIVES, ALIASES = _ADJECTIVES, _ALIASES  # for the states of several words titles open with (`titled_states`)
COUNTRIES = frozenset(name.casefold() for name in (*_ADJECTIVES.values(), *_ALIASES.values(), *_ALIASES))


def country_of(word: str) -> str:
    """The country an adjective speaks of ("French" -> "France"), or "" when it speaks of none."""
    return _ADJECTIVES.get(word.casefold(), "")


def country_called(name: str) -> str:
    """The name used here for a country named another way ("United States" -> "US", "Britain" -> "UK"); the name
    itself when it has no other."""
    return _ALIASES.get(name.casefold(), name)


#: Adjectives ending as a state's do ("-ian") that name a creed or a period, not a state.
_CREEDS = words("christian presbyterian unitarian episcopalian libertarian humanitarian vegetarian victorian")
#: Words of a title of office a state's adjective stands before ("Norvanian Foreign Minister", "Norvanian President").
_STATE_TITLES = words("""
president prime premier minister foreign finance defence defense interior economy trade energy health justice
ambassador chancellor deputy
""")


def state_of_unlisted(adjective: str, next_word: str) -> str:
    """ "Norvanian" before a title of office: the state no list knows, named as its "-ian" adjective tells
    ("Norvania"); "" for an adjective of a listed country, a creed, or one before no title."""
    word = adjective.strip()
    unlisted = not country_of(word) and word.istitle() and word.isalpha() and word.casefold() not in _CREEDS
    titled = next_word.istitle() and next_word.casefold() in _STATE_TITLES
    return word[:-1] if unlisted and titled and word.endswith("ian") and len(word) > 5 else ""


def is_country(name: str) -> bool:
    """Whether a name is a country (or the EU), however news writes it ("Britain", "the US", "France")."""
    name = name.casefold().removeprefix("the ").strip()
    return name in COUNTRIES


#: Fields a government department oversees, which name it before the country it serves ("Transport Canada").
_FIELDS_OF_GOVERNMENT = words("""
transport health statistics environment finance justice defence immigration agriculture fisheries revenue industry
parks heritage infrastructure employment elections customs
""")


def is_national_department(name: str) -> bool:
    """ "Transport Canada", "Health Canada": a department named by its field and its country, unlike the companies
    named so ("Air Canada")."""
    tokens = name.casefold().split()
    return len(tokens) > 1 and is_country(tokens[-1]) and bool(set(tokens[:-1]) & _FIELDS_OF_GOVERNMENT)


def adjective_tagged_a_name(ent: Span) -> bool:
    """ "Nordic" of "Nordic power producer X": one adjective modifying a noun that the recogniser tagged a name; not
    initials the parser took for an adjective ("the OSCE envoy")."""
    return len(ent) == 1 and ent[0].pos_ == "ADJ" and ent.root.dep_ == "amod" and not ent.text.isupper()


def country_named_before(ent: Span, mentions: Mentions, p: int) -> str:
    """The country named right before an organisation, as part of its name ("US" of "US Treasury")."""
    before = mentions.entity(p, ent.doc[ent.start - 1]) if ent.start else None
    if before is None or before.end != ent.start or ent.doc[ent.start - 1].whitespace_ == "":
        return ""
    name = mentions.name_of(p, before)
    return name if mentions.label(p, before) == "GPE" and is_country(name) else ""
