"""Names of organisations that say nothing of what they are: movements, central banks, banks and rating agencies."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.countries import is_country

#: State bodies known by their initials or by one word of their own, which say nothing of what they are ("FBI
#: Director X", "an SEC spokeswoman", "Ofgem said"), states' armed forces and security services among them ("the
#: IDF", "the Bundeswehr"): their people hold public office.
STATE_INITIALS = words("""
fbi cia nsa dea atf irs epa fda faa fcc ftc sec nasa dhs doj dod hhs tsa cdc nih usda fema gao cbo omb ntsb fec nlrb
cfpb fdic occ fhfa cftc usgs noaa eia bls ustr mi5 mi6 gchq hmrc nhs ons obr fca pra cma ofcom ofgem ofwat ofsted
dwp defra eurostat frontex esma eba eiopa oft rcmp opp nws
idf pla bundeswehr tatmadaw jsdf kpa irgc fardc updf sbu fsb gru svr mossad
""")
#: Parties known by their initials or by one word of their own ("CDU leader X", "a BJP spokesman").
PARTY_INITIALS = words("""
cdu csu spd afd fdp anc bjp ldp kmt dpp pis fidesz likud nld pti akp chp psoe syriza
podemos lrem m5s pvv vvd dup zanu-pf cpc ccp
""")

#: Political and armed movements whose names carry no party word: their officials hold office as a party's do.
MOVEMENT_NAMES = (
    "hezbollah",
    "hamas",
    "fatah",
    "plo",
    "taliban",
    "houthi",
    "houthis",
    "muslim brotherhood",
    "islamic jihad",
    "al-shabaab",
    "boko haram",
    "farc",
    "pkk",
    "polisario",
    "sinn fein",
)
#: Central banks: state bodies whatever the word "bank" suggests.
CENTRAL_BANKS = (
    "central bank",
    "federal reserve",
    "fed",
    "ecb",
    "bundesbank",
    "reserve bank",
    "national bank of switzerland",
    "swiss national bank",
    "bank of england",
    "bank of japan",
    "bank of canada",
    "bank of france",
    "bank of italy",
    "bank of spain",
    "bank of korea",
    "bank of russia",
    "bank of thailand",
    "bank of israel",
    "bank of mexico",
    "people's bank of china",
    "riksbank",
    "norges bank",
    "banxico",
    "boe",
    "boj",
    "pboc",
    "rbi",
    "snb",
    "rba",
    "rbnz",
    "monetary authority",
    "open market committee",
    "open markets committee",
    "banco central",  # banks named in their own language, whose words say no more than "bank" would
    "banque centrale",
    "banque de france",
    "banca d'italia",
    "banco de mexico",
    "bangko sentral",
    "bank sentral",
)
#: Banks, brokerages and rating agencies whose names say nothing of what they are.
FINANCE_NAMES = (
    "merrill lynch",
    "goldman sachs",
    "morgan stanley",
    "jp morgan",
    "j.p. morgan",
    "jpmorgan",
    "lehman brothers",
    "bear stearns",
    "ubs",
    "citigroup",
    "citi",
    "nomura",
    "daiwa",
    "nikko",
    "mizuho",
    "barclays",
    "hsbc",
    "bnp paribas",
    "societe generale",
    "credit suisse",
    "abn amro",
    "ing",
    "natwest",
    "rbs",
    "hbos",
    "dresdner kleinwort",
    "cazenove",
    "schroders",
    "fidelity",
    "blackrock",
    "pimco",
    "jefferies",
    "wachovia",
    "wells fargo",
    "moody's",
    "moodys",
    "standard & poor's",
    "s&p",
    "fitch",
    "building society",
)


#: Countries whose "National Bank of" is a commercial lender, not the central bank ("National Bank of Canada").
_COMMERCIAL_NATIONAL_BANKS_OF = frozenset({"canada", "greece", "egypt", "kuwait", "pakistan", "bahrain", "oman"})


def national_bank_of(text: str) -> bool:
    """Whether a lower-cased name is "national bank of <country>", as many central banks are named ("the National Bank
    of Poland", of Ukraine, of Belgium), save the commercial lenders so named."""
    country = text.removeprefix("national bank of ")
    return country != text and is_country(country) and country not in _COMMERCIAL_NATIONAL_BANKS_OF
