"""Lobbies of business named with a word that usually marks a state body ("Canadian Business Council", "Council of
Mortgage Lenders", "Business Council of Australia"): the members they speak for (businesses, an industry, employers,
manufacturers, lenders) make them no state's, so their presidents and chief executives run an association, as a
company's do, and hold no public office. A name with a word only a state's body carries ("Ministry of Industry",
"Department of Commerce", "Industry Commission") stays a state body."""

from __future__ import annotations

from dashboard.analysis.names import words
from dashboard.analysis.quotes.holders_committees import DEBT_HOLDERS
from dashboard.analysis.quotes.sports_bodies import is_sports_body
from dashboard.analysis.quotes.trade_boards import is_trade_board

#: Words of the members a business lobby speaks for.
_MEMBER_WORDS = words("""
business businesses industry industries employers manufacturers producers exporters importers retailers lenders
bankers businessmen entrepreneurs enterprises executives shipowners traders merchants
""")
#: Words of the trades and producers a council of their own speaks for ("Brandt Homebuilders Council", "Beer Makers
#: Council"); only a name that ends in "council" or "coalition" counts, for a farmers' union is a union and a farmers'
#: bank a bank.
_PRODUCER_WORDS = words("""
builders homebuilders contractors realtors growers farmers fishermen fishers processors dealers makers brewers
distillers winemakers vintners
""")
#: Goods and trades whose own council speaks for the firms that make or move them ("World Copper Council", "Dairy
#: Export Council", "Copperbelt Mining Council"); a state's councils are named by what they govern or guard ("Security
#: Council", "City Council"), not by a commodity.
_GOODS_WORDS = words("""
gold silver platinum copper nickel zinc tin steel aluminium aluminum metals chemistry chemical chemicals plastics
grains grain soybean soybeans cotton wool beef pork poultry dairy wine sugar cocoa coffee tea rice timber wood paper
semiconductor semiconductors equipment shipping mining minerals coal lithium potash fertilizer fertiliser livestock
beer spirits whisky whiskey
""")
#: Words of schools, which teach business and lobby for none ("Aarhus Business School", "School of Business").
_ACADEMIC = words("school schools university college academy")
#: Words only a state's body carries, which outweigh the members it oversees.
_STATE_ONLY = words("""
ministry ministries minister department agency commission commissioner authority office service bureau government
state federal division tribunal court parliament directorate regulator regulatory board committee administration senate
congress assembly cabinet house
""")


def is_business_lobby(tokens: list[str]) -> bool:
    """Whether the folded words of a name are a business lobby's ("canadian business council")."""
    found = {t.rstrip("'").removesuffix("'s") for t in tokens}
    producers = found & (_PRODUCER_WORDS | _GOODS_WORDS) and tokens[-1] in ("council", "coalition")
    return bool(found & _MEMBER_WORDS or producers) and not found & (_STATE_ONLY | _ACADEMIC)


#: Last words of the names of bodies of members ("Milwaukee Police Association", "Iowa Farm Bureau Federation").
_MEMBERS_HEADS = words("association federation alliance league society")
#: First words of the names of bodies of the public that speak for themselves ("Citizens Utility Board").
_PUBLIC_MEMBERS = words("citizens taxpayers ratepayers consumers residents")
#: People a forum gathers by what they are, which make it a body of its members and no think tank ("Forum for
#: Stranded Homebuyers", "Tenants' Forum"), as "association" does.
_GATHERED_PEOPLE = words("""
homebuyers homeowners buyers tenants renters residents parents patients consumers pensioners borrowers depositors
savers victims families
""")


def is_members_body(tokens: list[str]) -> bool:
    """Whether the folded words of a name are a body of members, which speaks for its members and for no state
    whatever state's words it has ("milwaukee police association", "citizens utility board of michigan", a trade's
    board: "lakemoor real estate board", a forum of the people it gathers: "forum for stranded homebuyers", a committee
    of holders of a debt: "zembia bondholder committee")."""
    if is_trade_board(" ".join(tokens)) or is_sports_body(tokens):  # "danish olympic committee"
        return True
    first = tokens[1] if tokens[0] == "the" and len(tokens) > 1 else tokens[0]
    forum = "forum" in tokens and any(t.rstrip("'") in _GATHERED_PEOPLE for t in tokens)  # "forum for homebuyers"
    holders = any(t.rstrip("'").removesuffix("s") in DEBT_HOLDERS for t in tokens)  # "bondholder committee", "group
    # of noteholders": private creditors who speak for their own claims, no state's committee
    return tokens[-1] in _MEMBERS_HEADS or first.rstrip("'") in _PUBLIC_MEMBERS or forum or holders
