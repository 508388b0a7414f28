"""What kind of organisation a name is (a state body, an international body, a party, a research body, a bank or
brokerage, a consultancy, the press, a union, or by default a company), from which the speaker's kind follows:
decided from the words of the name ("Ministry of ...", "... Institute", "... Securities"), and for well-known bodies
whose names carry no such word ("IMF", "Merrill Lynch") from short lists of common knowledge."""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.analysis.names import words
from dashboard.analysis.quotes.aid_groups import is_aid_group
from dashboard.analysis.quotes.business_lobbies import is_business_lobby, is_members_body
from dashboard.analysis.quotes.capitals import SEATS_OF_GOVERNMENT
from dashboard.analysis.quotes.central_banks import is_central_bank_name
from dashboard.analysis.quotes.countries import is_country, is_national_department
from dashboard.analysis.quotes.military_formations import MILITARY_FORMATIONS
from dashboard.analysis.quotes.organisation_names import FINANCE_NAMES, MOVEMENT_NAMES, PARTY_INITIALS, STATE_INITIALS
from dashboard.analysis.quotes.public_services import PUBLIC_SERVICES
from dashboard.analysis.quotes.regulatory_colleges import is_regulatory_college
from dashboard.analysis.quotes.research_labs import is_research_lab
from dashboard.analysis.quotes.state_body_names import names_a_state_body
from dashboard.analysis.quotes.state_named_businesses import is_state_named_business
from dashboard.analysis.quotes.state_organisations import is_state_organisation
from dashboard.analysis.quotes.think_tanks import is_think_tank, names_a_policy_field
from dashboard.analysis.quotes.whole_phrases import has_phrase, phrase_pattern

STATE, INTERNATIONAL, PARTY, RESEARCH, FINANCE, CONSULTANCY, MEDIA, UNION, AID, COMPANY = (
    "state",
    "international",
    "party",
    "research",
    "finance",
    "consultancy",
    "media",
    "union",
    "aid",
    "company",
)
#: Types whose own noun means an organisation of that type ("a union chairwoman": a union, never a company).
NAMED_BY_NOUN = frozenset({UNION})
#: Organisation types whose people hold public office or speak for a state or an international body.
PUBLIC = frozenset({STATE, INTERNATIONAL, PARTY})
NO_BUSINESSES = PUBLIC | {RESEARCH, UNION, MEDIA, AID}  # types no one calls a company (a think tank, a union, …)

#: International bodies, by name or initials (matched as whole words of the name).
INTERNATIONAL_NAMES = (
    *("un", "united nations"),
    "imf",
    "international monetary fund",
    "world bank",
    "wto",
    "world trade organization",
    "world trade organisation",
    "oecd",
    "eu",
    "european union",
    "european commission",
    *("world food programme", "food and agriculture organization", "food and agriculture organisation"),
    "european parliament",
    "european council",
    "nato",
    "opec",
    "g7",
    "g8",
    "g20",
    "asean",
    "african union",
    *("who", "world health organization"),
    "unicef",
    "unhcr",
    "unaids",
    "iaea",
    "interpol",
    "arab league",
    "council of europe",
    "osce",
    "ilo",
    "international labour organization",
    "international labour organisation",
    "international energy agency",
    "iea",
    *("asian development bank", "african development bank", "inter-american development bank", "afdb", "ebrd"),
    *("islamic development bank", "caribbean development bank", "new development bank", "european investment bank"),
    *("bank for reconstruction and development", "infrastructure investment bank"),
    "bank for international settlements",
    *("iom", "international organization for migration", "international organisation for migration"),
    *("ecowas", "economic community of west african states", "sadc", "southern african development community"),
    *("east african community", "gulf cooperation council", "mercosur"),
    # the UN's peacekeeping and political missions, which news names by their initials ("Bintou Keita, head of MONUSCO")
    *("monusco", "minusma", "minusca", "unmiss", "unifil", "unama", "unami", "unsmil", "unficyp", "minurso", "unmik"),
    *("unisfa", "unsom", "binuh", "undof"),
)
_FINANCE_WORDS = words("""
bank banks banking bancorp banco banca banque bankhaus capital securities brokerage broker brokers stockbroker
stockbrokers investment investments investors asset assets equity equities financial markets trading wealth fund funds
ratings rating hedge
""")
_CONSULTANCY_WORDS = words("""
consultancy consultants consulting consultant advisory advisers advisors analytics strategy strategies actuarial
""")
_RESEARCH_WORDS = words("""
university universities institute institution college school academy foundation endowment think-tank research
economics studies forum observatory centre center laboratory brookings rand carnegie chatham society
""")
_PARTY_WORDS = words("""
party conservatives tories tory labour democrat democrats republicans gop snp ukip greens lib dem dems liberals
""")
_MEDIA_WORDS = words("""
newspaper times post journal herald telegraph news radio television tv broadcaster broadcasting bbc cnn reuters
bloomberg press magazine shimbun tribune gazette daily weekly welle agence
""")
#: Words of unions' names: "union", or the workers they gather ("Harbour Workers Alliance").
_UNION_WORDS = words("union unions trades tuc afl-cio workers employees teamsters guild")
_STATE_WORDS = words("""
ministry government department treasury parliament senate congress assembly commission council cabinet kremlin
pentagon embassy consulate police army navy military forces guard agency bureau authority regulator watchdog court
tribunal office reserve whitehall administration state states representatives commons lords duma bundestag bundesrat
knesset legislature directorate
""")
#: A state's armed services and their commands, named by words no company's name has together ("Ukrainian Air
#: Force", "Joint Chiefs of Staff" or "Joint Chiefs", "General Staff", "the Defence Force" of a Commonwealth state).
_ARMED_SERVICES = ("air force", "air forces", "chiefs of staff", "joint chiefs", "general staff", "marine corps")
_ARMED_SERVICES += ("armed forces", "defence force", "defense force", *MILITARY_FORMATIONS)
#: The lists of names above (and of movements and finance bodies), each as one pattern (see `has_phrase`).
_INTERNATIONAL, _MOVEMENTS, _FINANCE, _SERVICES, ARMED_SERVICES = map(
    phrase_pattern, (INTERNATIONAL_NAMES, MOVEMENT_NAMES, FINANCE_NAMES, PUBLIC_SERVICES, _ARMED_SERVICES)
)
#: Bodies that run a state's elections, whatever their last word ("National Electoral Institute").
#: Federations of unions named by the labour they gather, whose "labour" names no party ("General Confederation of
#: Labour", "Trades Union Congress"'s peers "Nigeria Labour Congress", "Federation of Labor").
_LABOUR_BODIES = re.compile(r"\b(?:(?:con)?federation of labou?r|labou?r (?:congress|federation|confederation))\b")
#: A legislature's chambers named by their common word alone ("House Speaker X", "the House voted").
_CHAMBERS = frozenset({"house", "upper house", "lower house", "chamber"})
#: First or last words of public bodies' names, which outweigh the words of the field they oversee ("Financial Conduct
#: Authority", "Securities and Exchange Commission", "House Financial Services Committee", "Gaming Board": a company's
#: board is no name of its own; "Senate Banking Subcommittee", or "Subcommittee" before its chair's name).
_PUBLIC_BODY_HEADS = words("authority commission committee subcommittee regulator watchdog ministry bureau board")
_WORD = re.compile(r"[\w&'.-]+")


#: Initials of the agencies of international bodies, and the last words of their names ("World Food Programme").
_AGENCY_INITIALS = words("unicef unhcr who wfp fao unesco unaids unrwa iaea ilo undp unep unfpa ocha unctad")
_AGENCY_HEADS = words("programme program fund agency organization organisation")
#: Names that open with "Organisation for" or "Organization of", as states' joint bodies are called ("Organisation for
#: Economic Co-operation and Development", "Organization of American States"); an NGO's name puts a word first; and
#: the UN climate talks by their number ("COP33", "COP 33"), whose president speaks for the states' conference.
_INTERGOVERNMENTAL = re.compile(r"(?:the )?(?:organi[sz]ation (?:for|of) |cop ?\d+\b)")
#: Initials written with full stops ("U.N.", "E.U.").
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")


#: Titles that a title before a name gives without naming the organisation, and the types of organisation they serve:
#: a chief executive runs a company or bank, a national officer or general secretary serves a union.
BODIES_OF_TITLES = (
    dict.fromkeys(
        (
            "chief executive",
            "chief executive officer",
            "ceo",
            "chief financial officer",
            "cfo",
            "chief operating officer",
            "coo",
            "finance director",
            "financial director",
            "finance chief",
            "chief finance officer",
            "managing director",
            "chairman",
            "chairwoman",
            "chairperson",
            "chair",
            "founder",
            "executive chairman",
            "deputy chief executive",
        ),
        frozenset({COMPANY, FINANCE}),
    )
    | dict.fromkeys(
        (
            "national officer",
            "regional officer",
            "general secretary",
            "regional secretary",
            "national organiser",
            "regional organiser",
            "national organizer",
            "regional organizer",
            "shop steward",
            "convenor",
        ),
        frozenset({UNION}),
    )
    | dict.fromkeys(  # "Kessel Bank cut its forecast. Chief economist Maria Ortega said"
        (
            "chief economist",
            "chief strategist",
            "chief investment officer",
            "chief market strategist",
            "head of research",
        ),
        frozenset({COMPANY, FINANCE, CONSULTANCY, RESEARCH}),
    )
)


#: Buildings that stand for the government there ("Downing Street said"): `capitals`' seats, Whitehall, the Pentagon.
_SEATS_OF_GOVERNMENT = frozenset(
    {seat.removeprefix("the ") for seat in SEATS_OF_GOVERNMENT} | {"no 10", "no. 10", "whitehall", "pentagon"}
)


def is_seat_of_government(name: str) -> bool:
    """Whether a name is a seat of government, which speaks for the government as an institution."""
    text = name.casefold().removeprefix("the ").strip()
    return text in _SEATS_OF_GOVERNMENT or text.removesuffix(" palace") in _SEATS_OF_GOVERNMENT


def is_agency(name: str) -> bool:
    """Whether a name is that of an agency ("UNICEF", "World Food Programme"), which a description such as "the UN
    children's agency" may stand for."""
    tokens = name.casefold().split()
    return bool(tokens) and (tokens[-1] in _AGENCY_HEADS or len(tokens) == 1 and tokens[0] in _AGENCY_INITIALS)


@lru_cache(maxsize=16384)
def organisation_type(name: str) -> str:
    """The type of the organisation (or country) a speaker is tied to; "" when there is none (cached: every mention
    of an organisation, and every speaker tied to one, asks)."""
    text = " ".join(_WORD.findall(name.casefold().replace("\u2019", "'")))
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # "U.N." is the UN, "E.U." the EU
    if not text:
        return ""
    tokens = text.split()
    found = set(tokens) | {w.removesuffix("'s") for w in tokens}
    if is_think_tank(text):  # "the Council on Foreign Relations", "International Crisis Group"
        return RESEARCH
    if names_a_state_body(text, tokens):  # "National Electoral Institute" (no research), "Cedar Hollow National Park"
        return STATE  # (a state's land its park service runs), "Lending Ombudsman Service" (no lender)
    if is_central_bank_name(text) or is_state_organisation(tokens) or is_regulatory_college(tokens):  # "College of
        return STATE  # Nurses", a regulator; "Indian Space Research Organisation"
    if has_phrase(text, _INTERNATIONAL) or found & _AGENCY_INITIALS - {"who"} or text in ("who", "wfp"):
        return INTERNATIONAL
    if _INTERGOVERNMENTAL.match(text):  # "the Organisation for Security and Co-operation in Europe"
        return INTERNATIONAL
    if tokens[-1] == "party" or has_phrase(text, _MOVEMENTS):  # "the Civic Forum party", whatever its name says
        return PARTY
    if is_aid_group(tokens) and not is_national_department(text):  # "Norwegian Refugee Council", not "Immigration,
        return AID  # Refugees and Citizenship Canada", a department named by its fields and its country
    first = tokens[1] if tokens[0] == "the" and len(tokens) > 1 else tokens[0]
    if first in STATE_INITIALS:  # "FBI", "the SEC's enforcement division", "Ofgem": a state body by its known name
        return STATE
    if first in PARTY_INITIALS:  # "CDU", "BJP"
        return PARTY
    if found & _MEDIA_WORDS:
        return MEDIA
    members = is_members_body(tokens) and not is_country(text) and not names_a_policy_field(text)  # no think tank's
    if is_business_lobby(tokens) or members and not found & _UNION_WORDS:  # "Canadian Business Council", "Milwaukee
        return COMPANY  # Police Association": its members' business, no state's (a workers' alliance is a union)
    joint = next((w for w in ("of", "on") if w in tokens[1:]), "")  # "Financial Conduct Board of Ostland", "House
    before_of = tokens[tokens.index(joint) - 1] if joint else ""  # Committee on Rural Lending": no lender
    if {tokens[0], tokens[-1], before_of} & _PUBLIC_BODY_HEADS or "government" in found:  # "Ministry of X" too
        return STATE
    if first == "office" and len(tokens) > 2 and tokens[tokens.index("office") + 1] in ("of", "for"):
        return STATE  # "the Office of Fair Trading", "Office for National Statistics": what it trades in is no trade
    if found & {"union", "unions"} and {w.rstrip("'") for w in found} & {"workers", "employees", "staff"}:
        return UNION  # "Bank Employees' Union", "Insurance Workers Union": the trade its members work in is no bank
    policy = names_a_policy_field(text) and not found & (_STATE_WORDS | {"conference"})  # not "Disarmament Agency"
    policy = policy or is_research_lab(tokens)  # "the Tarnow Policy Lab", no "Kestrel Lab"
    if (found & _RESEARCH_WORDS or policy) and not has_phrase(text, _FINANCE):
        return RESEARCH  # "Nordic Arms Control Association" too
    if found & _FINANCE_WORDS or has_phrase(text, _FINANCE):
        return FINANCE
    if found & _CONSULTANCY_WORDS:
        return CONSULTANCY
    if _LABOUR_BODIES.search(text):  # "General Confederation of Labour", "Nigeria Labour Congress": no party
        return UNION
    if found & _PARTY_WORDS or text.endswith(" democratic") or text.startswith(("democratic", "republican")):
        return PARTY
    if found & _UNION_WORDS:
        return UNION
    if (
        (found & _STATE_WORDS and not is_state_named_business(found & _STATE_WORDS, tokens))
        or text.removeprefix("the ") in _CHAMBERS
        or is_country(text)
        or is_seat_of_government(text)
    ):
        return STATE
    if is_national_department(text) or has_phrase(text, _SERVICES) or has_phrase(text, ARMED_SERVICES):
        return STATE
    return COMPANY


def clipped_from(short: str, name: str) -> bool:
    """Whether a one-word name is another of several words clipped to the start of its first word, a body of the
    same type ("Fed" of "Federal Reserve"; "Ford" is no clipped "Fordham University")."""
    first = name.split()[0].casefold() if " " in name else ""
    clipped = len(short) >= 3 and " " not in short and first.startswith(short.casefold()) and first != short.casefold()
    return clipped and organisation_type(short) == organisation_type(name) != COMPANY
