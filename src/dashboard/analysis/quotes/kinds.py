"""A person's kind (analyst, official or other) from the words of their role and the kind of organisation they are
tied to, following GUIDELINES.md: experts are analysts; people in public office officials; executives, company
spokespeople and the public other.

Some role words settle the kind alone ("economist", "minister", "lawyer"); others take it from the organisation: a
chairman of the Federal Reserve is an official, of a carmaker other; a head of strategy at a bank is an analyst, its
president other; a president with no organisation heads a state."""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.analysis.names import words
from dashboard.analysis.quotes.armed_groups import commands_armed_group, is_armed_group, serving_officer
from dashboard.analysis.quotes.business_lines import runs_a_business_line, runs_deals
from dashboard.analysis.quotes.campus_voices import polices_a_campus, speaks_for_a_school
from dashboard.analysis.quotes.central_banks import is_central_bank
from dashboard.analysis.quotes.centres import is_community_centre
from dashboard.analysis.quotes.countries import country_of, is_country
from dashboard.analysis.quotes.described_types import rating_agency
from dashboard.analysis.quotes.forces import FORCES
from dashboard.analysis.quotes.former_callings import private_calling
from dashboard.analysis.quotes.general_titles import PUBLIC_GENERAL_OFFICES
from dashboard.analysis.quotes.lexicon import LEGISLATURES, SPOKESPEOPLE, STATE_ONLY_BODIES
from dashboard.analysis.quotes.local_offices import holds_local_office
from dashboard.analysis.quotes.market_traders import trades_a_market
from dashboard.analysis.quotes.office_staff import serves_an_office_holder
from dashboard.analysis.quotes.organisations import (
    COMPANY,
    CONSULTANCY,
    FINANCE,
    PARTY,
    PUBLIC,
    RESEARCH,
    STATE,
    UNION,
    organisation_type,
)
from dashboard.analysis.quotes.party_posts_in_parliament import holds_party_post_in_parliament
from dashboard.analysis.quotes.party_secretaries import runs_party_office
from dashboard.analysis.quotes.public_health_offices import holds_public_health_office
from dashboard.analysis.quotes.rate_setters import central_bank_seat
from dashboard.analysis.quotes.research_councils import is_state_research_body
from dashboard.analysis.quotes.research_leads import leads_research
from dashboard.analysis.quotes.role_adjectives import without_role_adjectives
from dashboard.analysis.quotes.sciences import SCIENTISTS, holds_state_science_office
from dashboard.analysis.quotes.sports_bodies import commissions_a_league
from dashboard.analysis.quotes.state_secretaries import holds_state_secretaryship
from dashboard.analysis.quotes.think_tanks import is_think_tank_by_name
from dashboard.analysis.quotes.threat_research import studies_threats
from dashboard.analysis.quotes.union_posts import holds_union_post
from dashboard.analysis.quotes.works_at import manages_money

#: Role words of experts, whatever they work for.
ANALYST_WORDS = (
    words("""
analyst analysts fellow scholar professor researcher research economist expert specialist strategist academic
lecturer historian scientist sinologist commentator pundit pollster observer think-tank consultant watcher actuary
""")
    | SCIENTISTS
)
#: Role words of public office, whatever the organisation.
PUBLIC_WORDS = words("""
premier minister chancellor ambassador diplomat envoy consul senator congressman congresswoman governor mayor ranger
lawmaker legislator parliamentarian mp mep peer king queen emir prince sultan monarch commissioner councillor
councilman sheriff negotiator prosecutor judge magistrate police admiral commander colonel brigadier lieutenant
sergeant soldier regulator gen adm col lt maj capt sgt sen gov amb rep dictator ruler strongman pope pontiff sherpa
backbencher backbenchers frontbencher frontbenchers coun mpp mla mha mna reeve alderman alderwoman councilwoman
cmdr brig pfc pvt spc constable cst const corporal cpl det taoiseach tánaiste tanaiste attache attaché attachés
comptroller ald supt insp
""")
#: Words that make an observer one who heads or watches an election for a body, no commentator ("chief observer").
_OBSERVER_HEADS = frozenset({"chief", "election", "electoral", "poll", "head"})
#: Roles of an aid group's staff in the field ("country director", "head of mission", "programme manager").
_FIELD_ROLES = re.compile(
    r"\b(?:country (?:director|representative|manager)|head of mission|programmes? (?:director|manager))\b"
)
#: A veteran as the whole role ("a Navy veteran", "a veteran of the Marine Corps"), not "a veteran GOP leader".
_VETERAN = re.compile(r"\bveterans?(?:$| of\b)")
#: Those who lead or speak for a community or a village, as none of its office-holders ("a community leader").
_COMMUNITY_VOICES = re.compile(r"\b(?:community|village) (?:leader|elder|organi[sz]er|representative|spokes\w+)\b")
#: Role words of an office anywhere: public when the organisation is, or when none is given.
OFFICE_WORDS = words("""
president secretary official spokesman spokeswoman spokesperson leader deputy aide adviser advisor officer
representative speaker chief chairman chairwoman chairperson chair head director superintendent administrator
""")
#: Office words that make an official of one tied to no body: not those that head anything ("a hospital
#: administrator", "a director"); a treasurer of no body is a government's ("Treasurer X told reporters").
_HEADS_OF_ANYTHING = words("chairman chairwoman chairperson chair chief head director administrator")
_PUBLIC_WITH_NO_BODY = OFFICE_WORDS - _HEADS_OF_ANYTHING | {"treasurer"}
#: Role words of running a business: other, unless the organisation is public or a research body.
EXECUTIVE_WORDS = words("""
executive executives ceo cfo coo founder co-founder owner boss chairman chairwoman chair president vice-president
chairperson managing spokesman spokeswoman spokesperson businessman businesswoman tycoon entrepreneur
""")
#: Role words of the press, the professions and the public.
OTHER_WORDS = words("""
lawyer lawyers attorney solicitor barrister journalist reporter editor columnist resident citizen student voter
actor singer host candidate hopeful nominee worker employee farmer shopkeeper teacher nurse pupil parent coach
volunteer owner
""")
_PRIVATE_ROLES = EXECUTIVE_WORDS - OFFICE_WORDS | OTHER_WORDS  #: roles a "former" leaves as they were (with trades)
#: Words that make an officer a company's ("chief financial officer"), not a public one.
_COMPANY_OFFICERS = words("""
chief financial finance operating executive technology information marketing investment commercial
""")
#: Words that make a manager one of money, who comments on markets as an expert ("fund manager").
_FUND_WORDS = words("fund funds portfolio money asset assets investment investments")
#: Nouns of bodies that a role may name by what they are ("union leader", "ministry spokesman").
_BODY_WORDS = words("""
union unions ministry department government agency bureau court police army navy embassy company firm association
associations federation guild regulator
""")
#: The role of one who advises a firm from outside ("who now advises Y Partners" gives "advises Y Partners"): a
#: consultant, who speaks as an expert, as a former official who now advises a consultancy does.
_ADVISES = re.compile(r"^advises\b")
#: A clause of what a person described by a former role runs now ("a former president who leads the observer mission").
_RUNNING_NOW = re.compile(r"\bwho (?:now )?(?:leads|heads|chairs|runs|directs|manages|oversees)\b")
#: "local president", "Local 412 chair": the officers of a union's local branch.
_UNION_LOCAL = re.compile(r"\blocal(?: \d+)? (?:vice-)?(?:president|chair|chairman|chairwoman|chairperson)\b")
#: Roles of the opposition's members in a legislature ("opposition critic for finance", "opposition leader").
_OPPOSITION_SEATS = words("critic leader whip spokesman spokeswoman spokesperson frontbencher member members deputy")
#: The heads of a rating agency, who run it and rate nothing ("Moody's chief executive").
_AGENCY_HEADS = words("chief ceo chairman chairwoman chairperson founder owner executive")
#: Words of a seat on a board, which is no expert's ("a board member of Halden Bank").
_BOARD_WORDS = words("board non-executive")
#: Portfolios a party's spokesperson may speak on, as a member of its front bench ("the party's health spokesman").
_PORTFOLIO_WORDS = words("""
foreign affairs finance economic economy treasury health education defence defense home justice legal environment
environmental transport energy trade industry business agriculture rural interior employment work pensions welfare
culture security immigration housing shadow budget fiscal
""")
#: Offices held now, which a "former" role in an apposition does not undo; honorifics kept for life (president,
#: governor, senator) are none of them.
_SERVING_OFFICES = words("""
envoy ambassador minister commissioner spokesman spokeswoman spokesperson negotiator chancellor premier
secretary-general
""")
#: Parts a person plays in an event, which say nothing of their office ("the host" of a summit, "the moderator").
OCCASIONS = words("host hosts moderator guest organiser organizer")
#: Officers and diplomats whom "retired" makes former officials, who speak as experts ("retired general X").
_RETIRED_EXPERTS = words("""
general gen admiral adm colonel col brigadier lieutenant major maj commander marshal officer ambassador diplomat
""")
_WORDS = re.compile(r"[a-z][a-z'-]*")
#: A president of a function in lower case ("vice-president of development", "president for sales"): a company's.
_BUSINESS_FUNCTION = re.compile(r"\bpresident (?:of|for) (?!the\b|state\b)[a-z]")

#: Every role word that tells a person (not an organisation) is meant.
ROLE_WORDS = ANALYST_WORDS | PUBLIC_WORDS | OFFICE_WORDS | EXECUTIVE_WORDS


@lru_cache(maxsize=16384)
def kind_of(role: str, affiliation: str, described: str = "") -> str:
    """analyst, official or other, from the role words and the type of organisation of the affiliation (or the type
    the article `described` it as, when its name says no more than a company's); cached, as every quote asks."""
    if (past := re.sub(r"(?i)\bformer\s+", "", role)) != role:  # an expert of a former official, not of a former star
        if now := _RUNNING_NOW.search(role.casefold()):  # "a former minister who leads Y": what Y is, or its noun
            return kind_of(role[now.start() :], affiliation or _body_named_by_noun(role[now.end() :]), described)
        private = private_calling(past, _PRIVATE_ROLES, ROLE_WORDS) and organisation_type(affiliation) != RESEARCH
        return "other" if private and kind_of(past, affiliation, described) == "other" else "analyst"  # "a former CEO"
    found = _role_words(role)
    body = _body_in_role(role)  # "foreign ministry spokesman" of a country the article names, whatever it is called
    named = organisation_type(affiliation)
    named = described or named if named == COMPANY or described == PARTY else named  # "industry watchdog Ofsafe",
    # "the opposition party, Civic Union,"
    named = STATE if named == COMPANY and _unlisted_state(found, affiliation) else named  # "Zembian President"
    named = STATE if named == RESEARCH and is_state_research_body(affiliation) else named  # "Medical Research Council"
    named = COMPANY if named == RESEARCH and is_community_centre(affiliation) else named  # "Eastgate Islamic Centre"
    org = body if body in PUBLIC and found & STATE_ONLY_BODIES else named or body
    investor = found & {"manager", "director"} and found & _FUND_WORDS or manages_money(role)  # "fund manager",
    # "investment director", "manages $4bn"
    watching = "mission" in found or found & _OBSERVER_HEADS  # "observer mission", "the EU's chief observer"
    experts = found & ANALYST_WORDS - ({"observer", "observers"} if watching else set())
    central = is_central_bank(affiliation) and "central" in affiliation.casefold().split()  # not National Bank of
    experts = experts if not central else set()  # Canada, a lender; "the ECB's chief economist" is a central banker
    retired = "retired" in found and found & _RETIRED_EXPERTS  # "retired general X", no "retired teacher"
    trader = trades_a_market(found, affiliation)  # "a crude trader", not a street trader
    economic = {"economic", "economics"} & found and found & {"adviser", "advisor"} and org and org not in PUBLIC
    advises = _ADVISES.match(role.casefold()) and org and org not in PUBLIC and org != PARTY  # "advises Y Partners"
    experts = experts or leads_research(role) or studies_threats(role)  # "the principal investigator of the
    # trial", "the report's lead author", "head of threat intelligence" at a security firm
    experts = experts if not holds_state_science_office(role, org) else set()  # "the state epidemiologist"
    if experts or investor or retired or trader or economic or advises:
        return "analyst"
    if commands_armed_group(found, affiliation, described):  # "a commander of the X Movement", "rebel commander"
        return "other"
    general = "general" in found and (found <= {"general", "gen"} or found & PUBLIC_GENERAL_OFFICES)  # "attorney
    # general", not "general manager"
    floor_leader = holds_party_post_in_parliament(found, role)  # "majority leader", "chief whip"
    opposition = "opposition" in found and found & _OPPOSITION_SEATS  # "opposition critic", "opposition whip"
    member = "member" in found and found & LEGISLATURES  # "member of parliament", "a member of the assembly"
    member = member or central_bank_seat(found, role, affiliation)  # "a board member" of the Bank of X
    bench = role.casefold().endswith("justice")  # "Chief Justice", not "a social justice campaigner"
    counterpart = "counterpart" in found and (not org or org in PUBLIC)  # "her Ostland counterpart", a minister's
    force = found & FORCES and found & SPOKESPEOPLE  # "a military spokesman for the Houthi movement"
    fire = holds_local_office(role, affiliation) or "monetary" in found  # "monetary policy director": a central bank's
    fire = fire or holds_public_health_office(role) or holds_state_science_office(role, org)  # "state epidemiologist"
    fire = fire or holds_state_secretaryship(role) or serves_an_office_holder(role) or polices_a_campus(affiliation)
    # "Secretary of Commerce", "the governor's chief of staff", "Chief X of the university's police department"
    fire = fire or "central bank" in role.casefold() and not found & OTHER_WORDS  # not "central bank reporter"
    if _VETERAN.search(role.casefold()) or _COMMUNITY_VOICES.search(role.casefold()):  # "a Navy veteran": one who
        return "other"  # served, no longer in office; "a community leader", in no office
    if commissions_a_league(found, affiliation) or holds_union_post(found, role, affiliation, org):  # "league
        return "other"  # commissioner" runs a sports league, "the guild's chief negotiator" bargains for a union
    if speaks_for_a_school(found, role, affiliation):  # "the university's president", "Y's athletic director"
        return "other"
    if found & PUBLIC_WORDS or fire or general or floor_leader or opposition or member or bench or counterpart or force:
        return "official"
    if found & OTHER_WORDS:
        return "other"
    if org == PARTY and (found & SPOKESPEOPLE or runs_party_office(role)) and not found & _PORTFOLIO_WORDS:
        return "other"  # a party's press spokesperson or secretary general holds no office (a portfolio: front bench)
    if org in PUBLIC and ("mission" in found or not _citizen_of(found, affiliation)):  # "the EU's observer mission"
        return "official"
    if org == RESEARCH:  # its experts; its spokespeople (a think tank's are its staff), and a charitable foundation's
        company_voice = found & SPOKESPEOPLE and not is_think_tank_by_name(affiliation)  # field staff, as a company's
        return "other" if company_voice or _field_staff_of_foundation(role, affiliation) else "analyst"
    if org in (FINANCE, CONSULTANCY):  # its analysts, strategists and desk heads speak as experts
        functions = _COMPANY_OFFICERS - _FUND_WORDS - {"chief"}  # "chief financial officer", "finance chief",
        executive = found & {"officer", "chief", "director"} and found & functions  # "finance director"
        deals = runs_deals(role) or org == FINANCE and runs_a_business_line(role)  # "head of equity capital
        # markets" runs deals, "head of digital" a line of business: bankers who comment on no market
        # a rating agency's vice presidents and managing directors are its analysts ("a vice president of Moody's")
        rates = rating_agency(affiliation) and not found & (_AGENCY_HEADS | SPOKESPEOPLE)
        return "other" if found & (EXECUTIVE_WORDS | _BOARD_WORDS) and not rates or executive or deals else "analyst"
    if org:
        return "other"
    if "officer" in found and found & _COMPANY_OFFICERS:
        return "other"
    if _BUSINESS_FUNCTION.search(role):
        return "other"  # "vice-president of development": a company's officer, no state's
    if {"campaign", "campaign's"} & found:  # "Holcomb's campaign spokesperson": a candidate's staff, no office
        return "other"
    if found & _PUBLIC_WITH_NO_BODY:
        return "official"
    return "other"


def serving_kind(kind: str, role: str, role_words: set[str], affiliation: str = "") -> str:
    """A person's kind with all the roles the article gives them: an expert by a "former" role who holds an office
    now ("Special envoy X, a former diplomat,") is an official, and so is one an apposition gives only a part in an
    event ("the host", "the moderator") whom a title of public office names ("President X, the host,")."""
    said = set(role.casefold().split())
    now = role_words - said
    if kind == "other" and said & OCCASIONS and now & (PUBLIC_WORDS | {"president"}) and "former" not in role_words:
        return "official"  # "President X of Y, the host,": a part in an event the office holder plays
    if kind == "other" and "officer" in said and serving_officer(now, role_words):  # "Brigadier General X, the
        return "official"  # Ethiopian officer who leads the monitoring team,": an officer of rank, serving
    ranks = {w.rstrip(".") for w in now}  # "Brig. Gen. X, head of the Y's Z Directorate,": a serving officer's
    command = not said & (EXECUTIVE_WORDS | OTHER_WORDS) and not is_armed_group(affiliation)  # no company's
    if kind == "other" and serving_officer(ranks, role_words) and command:  # executive ("Gen. X, chief executive of
        return "official"  # Y"), nor a rebel group's commander ("Brigadier X, a commander of the Y Brigades")
    if kind == "other" and "former" in said and now & ROLE_WORDS:  # "Senator X, a former banker,": their office
        kind = "analyst"  # beside the former private role makes an expert, as before; serving, an official (below)
    return "official" if kind == "analyst" and "former" in said and now & _SERVING_OFFICES else kind


def _body_named_by_noun(run: str) -> str:
    """What a clause of running says is run, when its noun names an expert's body ("a consultancy", "a think tank in
    Vienna", "a research institute"); "" for any other ("the campaign", "an investment bank", "a bakery")."""
    return run if organisation_type(run) in (CONSULTANCY, RESEARCH) else ""


def _field_staff_of_foundation(role: str, affiliation: str) -> bool:
    """ "country director of the Alma Foundation in Mozambique": a foundation with staff in the field gives aid, as a
    charity does, and its field staff are no experts (a foundation's fellows and researchers are)."""
    return "foundation" in affiliation.casefold().split() and bool(_FIELD_ROLES.search(role.casefold()))


def _citizen_of(found: set[str], affiliation: str) -> bool:
    """ "German tourist", "Chilean miner", "a Russian businessman": a country named by the role's adjective, with no
    word of an office in the role, makes no official of the person."""
    rest = {w for w in found if not country_of(w) and not is_country(w.removesuffix("'s"))}
    public = rest & (PUBLIC_WORDS | OFFICE_WORDS | {"general"}) or rest == {"agent"}  # "Y's agent before the court"
    return is_country(affiliation) and bool(rest) and not public  # acts for the state in a case


def _unlisted_state(found: set[str], affiliation: str) -> bool:
    """Whether the affiliation is a state no list knows that the role names by its adjective ("Zembian" of Zembia)."""
    return any(word.endswith("ian") and word[:-1] == affiliation.casefold() for word in found)


def _body_in_role(role: str) -> str:
    """The type of body a role names by what it is ("union leader", "finance ministry spokesman", "the company's
    spokeswoman"); "" when it names none ("opposition leader", "the state's campaign chairman")."""
    if _UNION_LOCAL.search(role.casefold()):
        return UNION
    return organisation_type(role) if {w.removesuffix("'s") for w in _role_words(role)} & _BODY_WORDS else ""


def _role_words(role: str) -> set[str]:
    """The words of a role, hyphenated words also in parts ("vice-president" is a president too), plurals also in the
    singular ("Senators Ann Ross and Tom Birch"), without "fellow" said of a peer ("a fellow senator") or "resident"
    of a post ("resident representative")."""
    text = role.casefold().replace("\u2019", "'")
    found = set(_WORDS.findall(without_role_adjectives(text)))
    found |= {part for word in found if "-" in word for part in word.split("-")}
    return found | {word.removesuffix("s") for word in found if word.endswith("s")}
