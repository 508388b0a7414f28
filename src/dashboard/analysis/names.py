"""A person's name as written and as filed: titles, honorifics, possessives and generational suffixes.

"Premier Li Qiang's" is filed as "Li Qiang" (surname "Qiang"), "Ms. Berg" tells that Berg is a woman, and "Rear
Admiral Ada Brenn", which the recogniser may take for an organisation, is a person."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from dashboard.analysis.abbreviations import ABBREVIATED_TITLES
from dashboard.analysis.facility_owners import names_the_works_owner
from dashboard.analysis.makers import COMPANY_MAKERS, made_by_company, makes_goods
from dashboard.analysis.misread_given_names import given_name_misread
from dashboard.analysis.set_off_people import person_after_owned_post, person_beside_workplace
from dashboard.analysis.title_words import CLERGY_TITLES, HONORIFICS, LOCAL_TITLES, NAME_HONORIFICS, POLICE_RANKS
from dashboard.analysis.untagged_names import untagged_start
from dashboard.analysis.vessels import a_vessel


def words(text: str) -> frozenset[str]:
    """The white-space separated words of a list written as running text."""
    return frozenset(text.split())


def without_possessive(name: str) -> str:
    """ "China's" or "China\u2019s" -> "China": a name without the possessive ending it carries."""
    return name.removesuffix("'s").removesuffix("\u2019s")


POSSESSIVE_MARKS = frozenset({"'s", "\u2019s"})  # the possessive endings the tokenizer splits off a name
#: Ranks of police and armed forces, which stand right before a name ("Police spokesman Sgt. Dan Oyelowo").
RANKS = ABBREVIATED_TITLES | words("""
sgt lt lt. capt capt. col col. maj maj. gen gen. cpl cdr cdr. sergeant lieutenant captain colonel major corporal
constable detective inspector superintendent commander
""")
#: Offices one person holds at a time: "the senator" is no one the article calls a governor.
SEATS = words("senator governor mayor congressman congresswoman representative judge")

#: Words that stand before a name as a title or office, stripped from a person's canonical name.
TITLES = (
    ABBREVIATED_TITLES
    | LOCAL_TITLES
    | words("""
acting adm adm. admiral ambassador capt capt. captain ceo chair chairman chairwoman chairperson
chancellor col col. colonel commander crown dame defence defense deputy director dr dr. emir foreign former gen gen.
general gov gov. governor interim judge justice king lady lieutenant lord lt lt. maj maj. major mayor minister
mr mr. mrs mrs. ms ms. pope premier president prime prince princess prof prof. professor queen rear rep
rep. representative secretary sen sen. senator sergeant sheikh sir spokesman spokesperson spokeswoman
elder state sultan vice taoiseach tánaiste tanaiste advocate baroness treasurer
""")
    | HONORIFICS
    | CLERGY_TITLES
    | POLICE_RANKS
)
#: Titles that only ever precede a person's name (unlike "General" or "State", which open organisations).
PERSON_TITLES = words("""
adm. admiral ambassador col. colonel dr dr. lieutenant lt. mr mr. mrs mrs. ms ms. premier prof.
professor rear sen. senator sergeant engr. barr. asp dsp csp acp dcp sp deacon sister imam monsignor swami
""")  # with the police ranks
#: Titles of sovereigns, whom one name after the title names ("Pope Clement", "King Harald V").
_REGNAL_TITLES = words("pope king queen emperor empress emir sultan")
#: Last words of places named after a sovereign ("King Fahd Hospital"), which no title makes a person.
_PLACE_HEADS = words("hospital school street road bridge park square airport stadium palace port boulevard avenue")
GENDERED_TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "sir": "m", "dame": "f"}
#: Last words of names that are organisations, whatever the recogniser took them for ("Harbour Transit").
ORGANISATION_HEADS = words("""
ag agency airlines line lines airways alliance association assurance authority bancorp bancshares bank board bureau
capital chemicals coalition college commission committee communications company corp corp. corporation council
department electric energy enterprises entertainment exchange federation financial foods foundation freight fund group
holdings inc inc. industries institute insurance investments league llc logistics ltd ltd. metals minerals mining
ministry motors network partners party petroleum pharmaceuticals plc railway railways ratings re reinsurance resources
securities services shipping society solutions studios systems technologies telecom terminals therapeutics transit trust
university ventures retail retailers stores brewing breweries brewery pharma biotech aerospace automotive construction
engineering textiles hotels airline media publishing telecoms electronics semiconductor semiconductors software guild
laboratories labs utilities hydro hardware bakery pharmacy trucking plumbing landscaping lumber furniture bloc dairy
dairies creamery farms shipbuilding shipbuilders shipyard shipyards dockyard dockyards headquarters wireless networks
broadband cellular trucks vehicles batteries cruises resorts properties realty developments homes servicing lending """)
#: Commodities companies are named after ("Northgate Graphite", "Imperial Oil"), no common surname ("gold", "steel").
ORGANISATION_HEADS |= words("graphite lithium copper uranium cobalt zinc potash oil gas")
#: Last words of operators' names: a grid's ("Independent System Operator"), dropped by the recogniser, a ferry line's.
ORGANISATION_HEADS |= words("operator ferries")
#: Last words of the names of lottery, betting and casino companies ("Pellridge Gaming", "Larkspire Lotteries").
ORGANISATION_HEADS |= words("gaming lotteries betting casinos")
#: Head words of parties' names in other languages ("Lok Samata Dal", "Partido Verde"), whatever they were tagged.
ORGANISATION_HEADS |= words("dal morcha kazhagam sangh partido partij parti partei front union congress")
#: Nouns for works whose titles the recogniser may take for people ("the cookbook Salt Harbour").
WORK_NOUNS = words("""
album book column cookbook documentary film memoir movie musical novel opera painting play podcast poem
programme program series show song
""")
#: Nouns for businesses whose names the recogniser may take for people ("the law firm Hewitt Crane").
BUSINESS_NOUNS = words("""
firm company consultancy bank lender insurer brokerage fund carmaker automaker retailer chain manufacturer union
supplier""")
#: Nouns for businesses that, right before a name, make it a company's ("tech group Sarvani Infotech", "chipmaker
#: Hanseong"), though after a comma they may introduce a person ("the head of the group, Ann Ross,").
_BEFORE_NAME = words("group conglomerate giant shipbuilder refiner airline utility major watchdog regulator dealership")
BUSINESS_BEFORE_NAME = BUSINESS_NOUNS | COMPANY_MAKERS | _BEFORE_NAME
#: Nouns of trades that a company or a person may ply ("a developer, Corbett Homes," or "the developer Ann Ross"):
#: a name in apposition to one is a company only when "which" follows it.
_TRADE_NOUNS = words("developer builder contractor distributor producer publisher operator")
#: Trades that "the" and a word of a field make a company's ("the copper miner", "the state-controlled producer").
_COMPANY_TRADES = _TRADE_NOUNS | words("miner refiner exporter importer carrier")
#: Places whose trades are a company's ("the country's largest gas importer", "the world's biggest miner").
_PLACE_NOUNS = words("country nation world region state continent")
#: Words before a trade that make it a person's ("the executive producer", "the senior developer").
_OF_PEOPLE = words("executive senior chief lead associate assistant former young veteran")
#: Nouns of bodies no place is, which a name in apposition after them names ("its energy regulator, the
#: Bundesnetzagentur,"), unlike a supplier or a market a country may be ("its largest supplier, Norway,").
_BODIES_NO_PLACE_IS = words("""
regulator watchdog agency company firm bank lender insurer carmaker automaker drugmaker chipmaker brokerage
""")
#: Generational suffixes: part of the canonical name, but not the surname ("Martin Luther King Jr.").
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def without_suffix(name: str) -> str:
    """A person's name without the generational suffix that ends it ("Ann Ross Jr." -> "Ann Ross", "Tom Hale III")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in SUFFIXES:
        words = words[:-1]
    return " ".join(words).rstrip(",")


#: Parts of speech that never open a name ("Crooked Hillary Clinton" when tagged an adjective, "a John Smith").
_NOT_NAME_POS = {"ADJ", "ADV", "AUX", "CCONJ", "DET", "NUM", "PART", "PRON", "PUNCT", "SCONJ", "SYM", "VERB"}
#: Words of an amount the recogniser ran into a name ("Nordhaven Bank 4 million" of "fined Nordhaven Bank 4 million").
_AMOUNT = re.compile(r"^(?:\d[\d.,]*%?|million|billion|trillion|bn|mn)$")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_SPACE = re.compile(r"\s+")
_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES)
#: Initials in an opened bracket that ends a name ("… Organization (WHO"), the closing bracket left out of it.
CUT_INITIALS = re.compile(r"\s\(([A-Z][A-Za-z&]{1,9})$")
#: Companies whose name ends in "'s" of its own ("Moody's cut the rating"): nothing possessive to cut off. Only names
#: no person bears: the recogniser tags a politician's possessive ("Christie's remarks") an organisation at times.
_NAMES_WITH_POSSESSIVE = frozenset({"moody's", "mcdonald's", "sainsbury's", "sotheby's"})


def titled_person(ent: Span) -> bool:
    """A span the recogniser labelled otherwise that is a personal title and a full name ("Rear Admiral
    Ada Brenn" taken for an organisation): titles that open company names ("General") do not count."""
    first = ent[0].lower_ if ent.label_ != "PERSON" else ""  # no person's, and most others' words are not read
    if first not in PERSON_TITLES and first not in _REGNAL_TITLES:
        return False
    words = [t for t in ent if t.lower_ not in PERSON_TITLES and t.text != "-"]  # "Vesey-Park": one name, two words
    regnal = first in _REGNAL_TITLES and len(words) > 1  # "Pope Clement", "King Harald V": one name will do
    regnal = regnal and not any(t.lower_ in ORGANISATION_HEADS | _PLACE_HEADS for t in ent)  # "King Fahd Hospital"
    titled = (first in PERSON_TITLES or regnal) and (len(words) >= 2 or regnal)
    return titled and all(t.pos_ == "PROPN" and (t.is_title or regnal and t.is_upper) for t in words)  # "Pope Leo XIV"


def corrected_label(ent: Span) -> str:
    """The entity's label, with people that are organisations ("Harbour Transit", "the law firm Hewitt Crane",
    "Hewitt Crane, a law firm,") or works ("the cookbook Salt Harbour", "the novel Grey Tide") and organisations
    that are titled people ("Rear Admiral Ada Brenn") fixed."""
    if titled_person(ent):
        return "PERSON"
    if a_vessel(ent):
        return "PRODUCT"  # "the MV Confederation": a ship, no organisation
    if names_the_works_owner(ent):
        return "ORG"  # "the Kessler Pulp mill": the company that runs the mill
    if ent.label_ in ("GPE", "LOC") and ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
        return "ORG" if ent.root.head.lemma_.lower() in _BODIES_NO_PLACE_IS else ent.label_  # "the energy regulator,
        # the Bundesnetzagentur,": a body the recogniser took for a place
    if ent.label_ != "PERSON":
        return ent.label_
    words = [t for t in ent if t.tag_ != "POS"]  # "Velora Pharma's" ends with its name
    if len(words) > 1 and words[-1].lower_ in ORGANISATION_HEADS:
        return "ORG"
    head = ent.root.head
    if ent.root.dep_ in ("appos", "compound") and head.lower_ in WORK_NOUNS and head.i < ent.start:
        return "WORK_OF_ART"
    before = _before_untagged_words(ent)
    the_before = before is not None and before.lower_ == "the"
    business = before is not None and (before.lower_ in BUSINESS_NOUNS or before.text in BUSINESS_BEFORE_NAME)
    if business and (before.head in ent or head == before):  # not "Major Tom Hale"
        return "ORG"  # "the law firm Hewitt Crane"
    set_off = ent.root.dep_ == "appos" and head.i < ent.start and before.text == "," and not honorific(ent)
    if set_off and head.lemma_.lower() in BUSINESS_NOUNS and not person_after_owned_post(ent):
        return "ORG"  # "the union representing the workers, Unifor-North,", not "…, Mr Abel Moraa,", "Y's governor, X,"
    if ent.root.dep_ == "appos" and head.i < ent.start and head.lemma_.lower() in _BODIES_NO_PLACE_IS and the_before:
        return "ORG"  # "its competition watchdog, the Bundeskartellamt,": no person is "the" Vogt
    beside = [c for c in ent.root.children if c.dep_ == "appos" and c.left_edge.i == ent.end + 1]
    if any((c.lemma_.lower() in BUSINESS_NOUNS or trade_of_company(c)) and c.left_edge.tag_ != "WP$" for c in beside):
        return "ORG"  # "Osprey Tracking, a maritime data firm," (not "Ann Ross of Vale Group, a company,", "whose …")
    return "ORG" if _set_off_after_business(ent) or made_by_company(ent) else "PERSON"  # "the South Korean maker Y"


def _before_untagged_words(ent: Span) -> Token | None:
    """The word before a name, past capitalised words of it the recogniser left out."""
    start = untagged_start(ent)
    return ent.doc[start - 1] if start else None


def trade_of_company(noun: Token) -> bool:
    """A trade that a company plies as well as a person, said of a company: "the" and a word of its field or its
    nation before it ("Kasompe, the copper miner,", "Ardal Energi, the state-controlled producer,", "the Chilean
    carrier"), a maker of goods ("a maker of tools"); not "a miner", "the film's producer", "the executive producer"."""
    lefts = list(noun.lefts)
    of_a_place = [c for c in lefts if c.dep_ == "poss" and (c.lower_ in _PLACE_NOUNS or c.ent_type_ in ("GPE", "LOC"))]
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) or bool(of_a_place)  # "the country's largest"
    fields = [c for c in lefts if c.dep_ in ("amod", "compound") and (c.text.islower() or c.ent_type_ == "NORP")]
    fields = [c for c in fields if c.lower_ not in _OF_PEOPLE]  # "the Chilean carrier", not "the executive producer"
    owned = any(c.dep_ == "poss" and c not in of_a_place for c in lefts)
    return makes_goods(noun) or noun.lemma_.lower() in _COMPANY_TRADES and the and bool(fields) and not owned


def _set_off_after_business(ent: Span) -> bool:
    """ "sold to a developer, Corbett Homes, which …", "its supplier, Tarn Metals,": a name set off by commas after
    a company noun (one of a trade people also ply only when "which" follows the name)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    closed = ent.end == len(doc) or doc[ent.end].text in (",", ";", ".")
    if not closed or ent.root.dep_ in ("nsubj", "nsubjpass"):
        return False  # "At a law firm, Ann Ross said": the name opens the clause after a phrase
    noun = doc[ent.start - 2]
    determined = any(c.dep_ in ("det", "poss") for c in noun.children)
    trade = noun.lemma_.lower() in _TRADE_NOUNS and which_follows(ent)
    business = noun.pos_ == "NOUN" and determined and (noun.lemma_.lower() in BUSINESS_NOUNS or trade)
    return business and not person_beside_workplace(ent, noun)  # not "her counterpart at a rival firm, Ann Roe,"


def name_span(ent: Span) -> Span:
    """A person's span without the leading words that are not part of the name: a word goes when its part of speech
    never opens a name (an article, "crooked" read as an adjective), unless the parser made it a compound of the name
    (a given name read as a verb, misread_given_names); titles stay, since clean_name strips them from the name."""
    start = ent.start
    while start < ent.end - 1:
        token = ent.doc[start]
        if token.lower_ in TITLES or token.lower_ in GENDERED_TITLES:
            break  # titles stay in the mention; clean_name strips them from the canonical name
        if token.pos_ in _NOT_NAME_POS and not given_name_misread(token, ent):
            start += 1
        else:
            break
    return ent.doc[start : ent.end] if start != ent.start else ent


def honorific(ent: Span) -> str:
    """The gender an honorific before or at the start of a name gives ("Mr.", "Ms."), or ""."""
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    return GENDERED_TITLES.get(before) or GENDERED_TITLES.get(ent[0].lower_, "")


@lru_cache(maxsize=65536)
def clean_name(text: str, label: str) -> str:
    """A mention without a leading article, titles (for people), possessive ending or extra white space (cached)."""
    name = _SPACE.sub(" ", text).strip()
    name = CUT_INITIALS.sub("", name).removesuffix(" (")  # "… Organization (WHO", "… Trading (": a bracket cut
    if label == "PERSON" or name.lower().replace("\u2019", "'") not in _NAMES_WITH_POSSESSIVE:
        name = _POSSESSIVE.sub("", name).strip()
    words = name.split(" ")
    if words and (words[0].lower() == "the" or words[0] in ("a", "an")) and len(words) > 1:
        words = words[1:]
    if label == "PERSON":
        while (
            len(words) > 1
            and words[0].lower().rstrip(".") in _TITLE_WORDS
            or (len(words) > 2 and words[0].lower() in NAME_HONORIFICS)
        ):
            words = words[1:]
        from dashboard.analysis.quoted_nicknames import without_nickname  # "Jordan “Tank” Ferreira"

        words = without_nickname(" ".join(words)).split(" ")
    amount = next((i for i, w in enumerate(words) if i and w[:1].isdigit() and _amount(words[i:])), 0)
    return " ".join(words[:amount] if amount else words)  # "fined Nordhaven Bank 4 million euros": the bank


def _amount(words: list[str]) -> bool:
    """Words of an amount of money or a share ("4 million", "2.5 bn", "12%"), not a number ending a name ("Group 4")."""
    return all(_AMOUNT.match(w) for w in words) and any(not w[:1].isdigit() or w.endswith("%") for w in words)


@lru_cache(maxsize=4096)
def surname(name: str) -> str:
    """The last word of a name that is not a generational suffix ("King" of "Martin Luther King Jr."), kept per name."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in SUFFIXES:
        words = words[:-1]
    return words[-1].rstrip(",") if words else ""


def contains_words(full: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))


def which_follows(ent: Span) -> bool:
    """ "Larch Estates, which wants …": a name followed by "which", as no person's is."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "which"


def spelled_one_way(text: str) -> str:
    """British and American spellings of institution words made one ("centre" and "center")."""
    return text.replace("centre", "center").replace("organisation", "organization").replace("defence", "defense")
