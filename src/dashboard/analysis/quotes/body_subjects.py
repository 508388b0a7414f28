"""Bodies described by a common noun: the name such a body speaks by ("the finance ministry of Ukraine said"), and the
organisation that "it" means when the sentence before made one its subject: "The provincial health ministry did not
respond. In a statement last year, it described …" is the ministry, though no name was given to it. Which country's
and which portfolio's body a state body that speaks is: "Norway's Health Ministry said", tagged "Health Ministry"
alone, speaks as "Norway's Health Ministry"; "The Danish trade ministry said", after another ministry spoke, is not
that one: a different country or portfolio written before the noun is never the same body."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import POSSESSIVE_MARKS
from dashboard.analysis.quotes.acted_bodies import body_that_acted
from dashboard.analysis.quotes.central_banks import is_central_bank, is_central_bank_noun
from dashboard.analysis.quotes.countries import country_called, country_of, is_country
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.joined_it_bodies import subject_before_joined_it
from dashboard.analysis.quotes.kind_cued_bodies import body_of_kind
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PEOPLE_NOUNS, PORTFOLIOS, SPOKESPEOPLE
from dashboard.analysis.quotes.organisations import INTERNATIONAL, organisation_type
from dashboard.analysis.quotes.owned_bodies import with_owner
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase
from dashboard.analysis.quotes.seated_missions import seat, seated_in_city
from dashboard.analysis.quotes.state_bodies import is_state_body_noun
from dashboard.analysis.quotes.unnamed_teams import team_as_group
from dashboard.analysis.quotes.untagged_subject_bodies import untagged_body_before


def body_name(noun: Token) -> str:
    """The words of a body's noun phrase, with an "of" that names whose body it is ("finance ministry of Ukraine") or
    that ends its name ("Port Hastings Chamber of Commerce", untagged), or an "in" that seats a mission abroad
    ("Japan's embassy in Manila"); a body of the state owned by "her" or "his"
    ("Her department said") and any body owned by "its" ("according to its operator") by its noun alone, as "the
    department" is."""
    first = next((c for c in noun.rights if c.dep_ == "prep"), None)
    named = first is not None and first.lower_ == "of" and any(_a_place(o) or _name_end(o) for o in first.children)
    seated = seated_in_city(noun)  # "Japan's embassy in Manila", without a clause set off after the city
    name = f"{noun_phrase(noun)} {seat(noun)}" if seated else noun_phrase(noun, with_preposition=named)
    owner = next((c for c in noun.lefts if c.dep_ == "poss" and c.lower_ in ("her", "his", "its")), None)
    state = owner is not None and (is_state_body_noun(noun) or owner.lower_ == "its")  # "according to its operator"
    if owner is not None and state and name.lower().startswith(f"{owner.lower_} "):
        return name[len(owner.text) + 1 :]
    return name


def body_or_group(named: str, noun: Token) -> Speaker:
    """The institution "the <noun>" speaks as: the body `named` before it, else its own words (`body_name`); a team of
    no name is a group of people (unnamed_teams)."""
    if named:
        return Speaker(named, "institution")
    return team_as_group(noun, name := body_name(noun)) or Speaker(name, "institution")


def _name_end(word: Token) -> bool:
    """ "Commerce" of an untagged "Port Hastings Chamber of Commerce": a capitalised proper noun right after the "of"
    of a capitalised body noun, with nothing after it."""
    body = word.head.head
    return word.pos_ == "PROPN" and word.is_title and body.is_title and word.i == word.head.i + 1 == word.right_edge.i


def body_subject_before(it: Token) -> Token | None:
    """The subject of the sentence just before the one of `it` (see `subject_before`) when that is "the …" body noun
    ("the agency", "the health ministry"), or of the clause the one of `it` is joined to ("The agency has …, and it
    said …"); or the name of the body a spokesperson who was that subject spoke for ("A spokesperson for Elm Bay
    Transit")."""
    noun = subject_before(it) or subject_before_joined_it(it)
    if noun is None:
        return None
    if noun.lemma_.lower() in SPOKESPEOPLE:  # "A spokesperson for Elm Bay Transit said … It said …"
        return next((o for o in spoken_for(noun) if o.ent_type_ in ("ORG", "GPE")), None)
    the = definite(noun)
    return noun if the and noun.lemma_.lower() in BODY_NOUNS else None


def subject_before(it: Token) -> Token | None:
    """The one subject, a common noun no name tags, of the main clause of the sentence just before the one of `it`,
    when `it` is that sentence's main subject; None otherwise."""
    sentence = it.sent
    if it.dep_ != "nsubj" or it.head != sentence.root or sentence.start == 0:
        return None
    root = it.doc[sentence.start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or (noun := subjects[0]).tag_ != "NN" or noun.ent_type_:
        return None
    return noun


def spoken_for(spokesperson: Token) -> list[Token]:
    """The heads of what a spokesperson is "for" ("a spokesperson for Elm Bay Transit", "… for the City of Elm Bay")."""
    return [o for c in spokesperson.rights if c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]


def _a_place(word: Token) -> bool:
    """A proper noun that names a country or a place, not a person ("the government of President X")."""
    return word.pos_ == "PROPN" and word.ent_type_ in ("GPE", "LOC", "ORG") and word.i == word.head.i + 1


#: Words for a company that the lists of company nouns leave out: "Coastal Link Ferries announced … The corporation
#: says" (as a Crown corporation is called) is the company that spoke or acted last, as "the company" would be.
_COMPANY_WORDS = frozenset({"corporation"})


def body_by_its_word(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """ "The medical society said" after the New Brunswick Medical Society was named: "the" and a noun no list knows
    for a body, which the name of an organisation named before ends with (or has before its "of": "the college" of
    the College of Nurses of Alberta), is that organisation (in place of `found` when that is none);
    "the corporation", which no list resolves, is the company that spoke or acted last."""
    if found is not None and found.kind == "institution" and found.name == noun.lower_ in _COMPANY_WORDS:
        name = body_that_acted(cast, p, noun.i, "company") if definite(noun) else ""  # "the corporation says"
        return Speaker(name, "institution") if name else found
    if _noun_alone(found, noun) and definite(noun) and (name := body_of_kind(cast, p, noun)):
        return Speaker(name, "institution")  # "Kestrel City FC … The team said": the club, not a group of people
    if _described(found, noun) and (name := untagged_body_before(cast, p, noun)):
        return Speaker(name, "institution")  # "Orrery … raised $12 million. The company said": its name untagged
    if found is not None or noun.tag_ != "NN" or noun.ent_type_ or noun.lemma_.lower() in PEOPLE_NOUNS:
        return found
    if not definite(noun):
        return found
    names = [name for pos, name, label in cast.orgs if pos < (p, noun.i) and label == "ORG"]
    last_word = noun.lower_
    name = next((n for n in reversed(names) if last_word in (n.lower().split()[-1], _head_before_of(n))), "")
    name = name or body_of_kind(cast, p, noun)  # "Kestrel City FC … The club said", no "club" in the name
    return Speaker(name, "institution") if name else found


def _noun_alone(found: Speaker | None, noun: Token) -> bool:
    """Whether `found` is the noun taken for a body's name ("the university" speaking as "university") or the
    unnamed group "the team" was taken for (unnamed_teams), or the noun with its words ("governing body"): no body
    the article named."""
    if found is None:
        return False
    taken = found.name == noun.lower_ or found.name.islower() and found.name.endswith(f" {noun.lower_}")
    return found.kind == "institution" and taken or found.kind == "unnamed" and not found.name


def _described(found: Speaker | None, noun: Token) -> bool:
    """Whether `found` is the body's noun with its words taken for its name ("community theatre company", "junior A
    club's volunteer board") or no speaker at all."""
    return found is None or _noun_alone(found, noun) or found.kind == "institution" and found.name.endswith(noun.lower_)


def _head_before_of(name: str) -> str:
    """The noun that heads a name of the form "X of Y" ("college" of "College of Physicians of Nova Scotia",
    "council" of "Council of Canadians"), lower case, or "" for a name without "of"."""
    head, of, _ = name.lower().partition(" of ")
    return head.split()[-1] if of and head else ""


#: Words of the portfolio lexicon that join portfolios and name none.
_JOINERS = frozenset({"and", "of"})


def owned_speaker(ent: Span, name: str) -> str:
    """The name of a state body that speaks, with the country written before it when the recogniser tagged the body
    alone ("Norway's" + "Health Ministry" or "Ministry of Commerce", the country tagged a place or, as it often is, an
    organisation); the name as it was otherwise."""
    if name != ent.text:
        return name
    if (owned := with_owner(Found(name, tuple(ent))).name) != name:
        return owned
    if (organ := _of_international_body(ent, name)) != name:
        return organ
    return _of_state(ent, name)


#: Last words of the names of an international body's organs ("the African Union's Peace and Security Council").
_ORGANS = frozenset({"council", "commission", "committee", "court", "tribunal", "mission", "secretariat", "assembly"})


def _of_international_body(ent: Span, name: str) -> str:
    """ "The African Union's" + "Peace and Security Council": an organ of an international body the recogniser
    tagged apart from the body written before it as its owner, named with its owner; the name as it was otherwise."""
    if name.split()[-1].lower() not in _ORGANS:
        return name
    owner = next((o.text for o in _owners_before(ent) if organisation_type(o.text) == INTERNATIONAL), "")
    return f"{owner}'s {name}" if owner else name


#: Head words of the names of a state's offices ("Office of Foreign Assets Control", "State Committee for National
#: Security", "Federal Security Service"), and last words of a national department that owns some ("the Treasury").
_STATE_OFFICES = frozenset({"office", "bureau", "committee", "commission", "service", "agency", "directorate"})
_DEPARTMENTS = frozenset({"treasury", "department", "ministry"})
#: Head words of a state's bodies that take their country from a possessive only ("Thailand's" + "Excise Department",
#: "Madagascar's" + "High Constitutional Court", "Bolivia's" + "Supreme Electoral Tribunal").
_POSSESSED_ONLY = frozenset({"department", "court", "tribunal"})


def _of_state(ent: Span, name: str) -> str:
    """ "The US Treasury's" + "Office of Foreign Assets Control", "Tajikistan's" + "State Committee for National
    Security", "Thailand's" + "Excise Department", "Bolivia's" + "Supreme Electoral Tribunal": an office or a court
    of a national department or a state, tagged apart from the owner written before it, named with that owner; the
    name as it was otherwise (a company, "Norway's Equinor", keeps its own). A department or a court takes its owner
    from a possessive only, so that "the U.S. State Department", the country tagged apart, stays as it was named."""
    head = name.partition(" of ")[0].partition(" for ")[0].casefold().split()
    possessed_only = bool(head) and head[-1] in _POSSESSED_ONLY
    if not head or head[-1] not in _STATE_OFFICES and not possessed_only:
        return name
    country = "" if possessed_only else _country_right_before(ent)  # "the UK Debt Management Office", tagged apart
    if country:
        return f"{country} {name}"
    owners = (o for o in _owners_before(ent) if all(t.text[:1].isupper() for t in o))
    owner = next((o.text for o in owners if is_country(o.text) or o[-1].lower_ in _DEPARTMENTS), "")
    return f"{owner}'s {name}" if owner else name


def _country_right_before(ent: Span) -> str:
    """The country tagged a place right before a name, with no possessive between ("UK" of "UK Debt Management
    Office"); "" when none is."""
    doc, start = ent.doc, ent.start - 1
    if start < 0 or doc[start].ent_type_ != "GPE" or not doc[start].whitespace_:
        return ""
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    country = doc[start : ent.start].text
    return country if is_country(country) else ""


def _owners_before(ent: Span) -> list[Span]:
    """The words of up to three before the possessive that a name follows ("The African Union's" + "Peace and Security
    Council"), longest first, each opening on a capital and not on "the"; none when no possessive stands before it."""
    doc, end = ent.doc, ent.start - 1
    if ent.start < 2 or doc[end].lower_ not in POSSESSIVE_MARKS:
        return []
    owners = (doc[start:end] for start in range(max(end - 3, 0), end))
    return [o for o in owners if o[0].lower_ != "the" and o[0].text[:1].isupper()]


def same_body(name: str, noun: Token) -> str:
    """`name`, the body a noun ("the Ostland trade ministry") was taken to mean, unless the words before the noun
    tell another country or another portfolio than the name does, or the noun is a central bank and the name a
    lender's; "" then."""
    if not name or is_central_bank_noun(noun) and not is_central_bank(name):
        return ""  # "Chile's central bank" is no lender named before it
    words = [t.text for t in noun.doc[noun.left_edge.i : noun.i]]
    countries, portfolios = _countries(words), _portfolios(words)
    named = name.replace("\u2019", "'").split()
    named_countries, named_portfolios = _countries(named), _portfolios(named)
    if countries and named_countries and not countries & named_countries:
        return ""
    if portfolios and named_portfolios and not portfolios & named_portfolios:
        return ""
    return name


def _countries(words: list[str]) -> set[str]:
    """The countries words name, by adjective ("Ostlandic") or name ("Ostland's"), as this product names them."""
    found = set()
    for word in words:
        bare = word.removesuffix("'s")
        if country := country_of(bare):
            found.add(country_called(country).casefold())
        elif is_country(bare):
            found.add(country_called(bare).casefold())
    return found


def _portfolios(words: list[str]) -> set[str]:
    """The portfolios words name ("defence", "foreign"), spelled one way."""
    found = {w.casefold() for w in words if w.casefold() in PORTFOLIOS - _JOINERS}
    return {"defence" if w == "defense" else "labour" if w == "labor" else w for w in found}
