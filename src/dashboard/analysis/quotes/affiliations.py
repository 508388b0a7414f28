"""The organisation a description of a person ties them to, wherever it stands in it.

"Harbor Re's spokesman", "Nordic Steel chief financial officer", "deputy head of Harbor Re's claims department",
"managing director of energy consultants Fjord Analytics", "an analyst at Orrin Research": an organisation the
recogniser found, or a run of proper nouns it missed. "its chief" and "a company spokesman" mean the organisation the
article spoke of last (`Refer`). An official's country counts when no organisation is named ("Libya's oil minister" ->
Libya); party nicknames are filed under the party ("Tory" -> Conservatives, `parties`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from dashboard.analysis.names import ORGANISATION_HEADS, clean_name, words
from dashboard.analysis.quotes.capital_senders import state_of_capital
from dashboard.analysis.quotes.clipped_owners import organisation_clipped, owner_clipped
from dashboard.analysis.quotes.clipped_workplaces import workplace_in_full
from dashboard.analysis.quotes.countries import (
    country_named_before,
    country_of,
    is_country,
    state_of_unlisted,
)
from dashboard.analysis.quotes.country_suffixed import with_untagged_country
from dashboard.analysis.quotes.courts import court_of_judge
from dashboard.analysis.quotes.cut_fronts import with_cut_front
from dashboard.analysis.quotes.described_bodies import body_described
from dashboard.analysis.quotes.description_words import description_tokens
from dashboard.analysis.quotes.forces import force_name, names_a_force
from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.general_titles import before_general_title
from dashboard.analysis.quotes.initialled_bodies import initials_spelt_out
from dashboard.analysis.quotes.initialled_owners import word_initials
from dashboard.analysis.quotes.joined_descriptions import second_descriptions
from dashboard.analysis.quotes.joined_names import joined_name
from dashboard.analysis.quotes.kinds import ANALYST_WORDS, EXECUTIVE_WORDS
from dashboard.analysis.quotes.known_aid_groups import aid_group_at
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PORTFOLIOS
from dashboard.analysis.quotes.mentions import Mentions
from dashboard.analysis.quotes.mislabelled_people import title_and_name
from dashboard.analysis.quotes.missed_names import proper, proper_run
from dashboard.analysis.quotes.modified_workplaces import body_after_modifier
from dashboard.analysis.quotes.named_workplaces import workplace_first
from dashboard.analysis.quotes.not_bodies import names_a_field, names_a_rank, on_a_street
from dashboard.analysis.quotes.opened_titles import names_a_title, opens_title
from dashboard.analysis.quotes.organisation_units import continues_unit
from dashboard.analysis.quotes.organisations import INTERNATIONAL, STATE, organisation_type
from dashboard.analysis.quotes.owned_bodies import named_by_body_noun, owned_as_named_before, with_owner
from dashboard.analysis.quotes.parties import PARTIES, party_before_role, party_of, party_opening_role, portfolio_party
from dashboard.analysis.quotes.partners_firms import partner_of_named_firm
from dashboard.analysis.quotes.place_after_bodies import with_place_after
from dashboard.analysis.quotes.place_tagged_owners import company_owner_tagged_place
from dashboard.analysis.quotes.places_tagged_bodies import place_tagged_a_body
from dashboard.analysis.quotes.portfolio_holders import portfolio_before_name
from dashboard.analysis.quotes.present_posts import works_now
from dashboard.analysis.quotes.referring_words import refers
from dashboard.analysis.quotes.sentence_opening_bodies import opening_body_noun
from dashboard.analysis.quotes.title_openers import without_title_opener
from dashboard.analysis.quotes.titled_companies import company_before_executive
from dashboard.analysis.quotes.trade_named_workplaces import named_after_workplace_noun
from dashboard.analysis.quotes.whose_owners import owner_of_whose

#: (paragraph, the token that refers) -> the organisation meant ("its", "the company's", "a company spokesman").
Refer = Callable[[int, Token], str]

#: Labels of dates and times, whose capitalised words name no organisation ("Monday"; a number may: "One Wisconsin").
_NUMBERS = frozenset({"DATE", "TIME"})
#: Words of an executive's title written after a company's name ("Velmar Vice-President").
_EXECUTIVE_TITLES = EXECUTIVE_WORDS | {"vice"}
#: Titles whose "of" names what a person runs, never a person ("managing director of Skagen Kraft").
_HEADS_OF = _EXECUTIVE_TITLES | {"director", "head", "chief", "manager"}
#: Offices only a company has, whose owner before them is a company though tagged a person ("Kessel Bier's founder").
_COMPANY_OFFICES = words("founder co-founder ceo cfo coo executive chairman chairwoman chairperson counsel")
#: Words of a side that open a role capitalised ("Opposition critic", "Union steward", "Shadow chancellor"), no name.
_CAPITALISED_SIDES = frozenset({"opposition", "union", "shadow"})
#: Bodies of members a house or an organisation sets up, named after it by what they do ("Senate banking committee").
_COMMITTEES = frozenset({"committee", "subcommittee", "panel", "caucus"})


def affiliation(tokens: Iterable[Token], mentions: Mentions, p: int, refer: Refer | None = None) -> Found | None:
    """The organisation the tokens of a description name or refer to; else the country or place they name."""
    places, fields, tokens = [], [], list(tokens)
    for token in tokens:
        found = aid_group_at(token) or body_after_modifier(token, mentions, p) or organisation_at(token, mentions, p)
        found = found or owner_of_whose(token, mentions, p, organisation_at)  # "X Corp, whose founder, Y,"
        found = None if refer is not None and opening_body_noun(token) else found  # "Ministry spokesman X"
        if found is None and refer is not None and refers(token):
            name = refer(p, token)
            found = Found(name, (token,), party=names_a_force(token)) if name else None  # a force, as a party, stays
        if found is not None and not found.place and not names_a_field(found.tokens):
            return with_owner(joined_name(_named_after(found, tokens, mentions, p)))  # "Friends of the Marsh's X"
        if found is not None:
            (fields if not found.place else places).append(found)
    force = next((Found(force_name(t), (t,), party=True) for t in tokens if names_a_force(t)), None)  # "police chief"
    found = fields[0] if fields else body_described(tokens) or (places[0] if places else force)
    found = with_owner(found) if found is not None else None  # "Iran's foreign ministry", not "foreign ministry"
    if found is not None and refer is not None and found.tokens:  # "Foreign ministry spokeswoman X" after "France's
        found = owned_as_named_before(found, refer(p, found.tokens[-1]))  # foreign ministry said"
    return found


def _named_after(found: Found, tokens: list[Token], mentions: Mentions, p: int) -> Found:
    """ "the United Nations children's agency UNICEF": the organisation that a description of it opens (with the
    body it belongs to) is the one the recogniser found at its end ("the WEF's global Health Initiative" stays the
    WEF's)."""
    token = max(found.tokens, key=lambda t: t.i)
    while token.dep_ in ("compound", "poss", "nmod") and token.head.i > token.i and token.head in tokens:
        token = token.head
        tagged = token not in found.tokens and (ent := mentions.entity(p, token)) and mentions.label(p, ent) == "ORG"
        named = organisation_at(token, mentions, p) if tagged else None
        if named is not None and not named.adjective:
            return named
    return found


def described_affiliation(noun: Token, mentions: Mentions, p: int, refer: Refer | None = None) -> Found | None:
    """The organisation a role noun's description ties a person to; one the role is sent to counts only when it names
    no other, and an envoy's never ("an adviser to the IMF" -> IMF; "its ambassador to Kuwait" serves no Kuwait); a
    role a state owns is the state's, wherever the person serves it ("Ukraine's representative at the court")."""
    if (state := _owning_state(noun)) is not None:
        return state
    tokens = description_tokens(noun)
    sent_to = {t for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree}
    own = workplace_first(noun, [t for t in tokens if t not in sent_to], mentions, p)  # "a Sahel researcher at X"
    sent_to = set() if noun.lemma_.lower() in ("ambassador", "envoy", "consul") else sent_to
    found = affiliation(own, mentions, p, refer) or (affiliation(tokens, mentions, p, refer) if sent_to else None)
    joined = (described_affiliation(c, mentions, p, refer) for c in second_descriptions(noun))  # "and a X at Y"
    return found or next((f for f in joined if f is not None), None)


def _owning_state(noun: Token) -> Found | None:
    """ "Ukraine" of "Ukraine's representative at the court" or "South Korea's envoy": a state that owns a role noun
    with no name of a body before it ("Germany's Siemens chief" is the company's)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children) or works_now(noun):
        return None  # "Kenya's former ambassador who now heads Y" is Y's
    words = [t for t in owner.subtree if t.dep_ not in ("case", "det")]
    name = " ".join(t.text for t in words)
    return Found(name, tuple(words), place=True) if is_country(name) else None


def organisation_at(token: Token, mentions: Mentions, p: int) -> Found | None:
    """The organisation (or country or place) a token is part of, if any."""
    ent = mentions.entity(p, token)
    label = mentions.label(p, ent) if ent is not None else ""
    if ent is None and (initials := word_initials(token)) is not None:  # "WHO Director-General X", spelt out if defined
        return Found(mentions.organisation_called(initials.name), initials.tokens)
    if label in _NUMBERS:
        return None  # "Monday", "March"
    if label in ("ORG", "FAC") and (state := place_tagged_a_body(ent, mentions, p)) is not None:
        return Found(state, tuple(ent), place=True) if state else None  # "Nordic power producer X", "Abuja's envoy"
    if label in ("ORG", "FAC"):
        name = workplace_in_full(ent, mentions.name_of(p, ent), mentions)  # "a senior director at Meridian"
        if ent.label_ == "PERSON" and (whole := with_cut_front(ent)).start < ent.start:  # "Rashtriya Kisan
            ent, name = whole, whole.text  # Morcha", tagged a person's name from "Kisan" on
        if set(name.lower().split()) <= PORTFOLIOS or portfolio_party(ent):  # "Finance" of "Finance Minister"
            party = party_before_role(ent, name) or portfolio_party(ent)  # is none; "Labour" of "a Labour MP"
            return Found(party, tuple(ent), party=True) if party else None
        if (country := country_of(name.split()[0])) and set(name.lower().split()[1:]) <= PORTFOLIOS:
            return Found(country, tuple(ent), place=True)  # "Kazakh Energy" of "Kazakh Energy Minister"
        if label == "FAC" and on_a_street(ent) or names_a_rank(name) or names_a_title(ent):  # "Rear Admiral",
            return None  # "Permanent Representative" tagged an organisation
        if (before := before_general_title(ent)) is not None:  # "Consul General" or "General Ivo Marek": an office
            if not len(before) or token.i >= before.end:
                return None
            ent, name = before, before.text  # "State Department" of "State Department Inspector General"
        if opens_title(ent[-1]):
            if len(ent) == 1:
                return None  # "Vice" of "Vice President" (a media company's name too)
            ent = ent.doc[ent.start : ent.end - 1]  # "Senate" of "Senate Majority Leader"
            name = ent.text
        name, tokens = with_untagged_country(ent, name)  # "Central Bank" + "of Kenya", "Kenya" untagged
        doc, after = ent.doc, ent.end
        while after < len(doc) and continues_unit(ent, doc[after]):  # not "the X Union's Ontario president"
            after += 1  # "GM Europe": a unit of the organisation, named as the article writes it
        if after > ent.end:
            name, tokens = doc[ent.start : after].text, tuple(doc[ent.start : after])
        elif (body := _agency_of(ent, name)) is not None:  # "the UN refugee agency": the agency, not the UN
            name, tokens = initials_spelt_out(body, ent, mentions), tuple(body)  # "SADC observer mission", spelt out
        if after < len(doc) and doc[after].lower_ == "party" and ent.root.head.i == after:  # "the Civic Forum party"
            name, tokens = f"{name} party", (*tokens, doc[after])
        if (country := country_named_before(ent, mentions, p)) and not name.startswith(country):  # "US Treasury"
            name, tokens = f"{country} {name}", (ent.doc[ent.start - 1], *tokens)
        name = court_of_judge(name, tokens)
        return Found(PARTIES.get(name.lower(), name), tokens, is_country(name), name.lower() in PARTIES)
    if label in ("GPE", "NORP", "LOC") or label == "PERSON" and country_of(ent.text):  # "Nigerien" tagged a person
        name = mentions.name_of(p, ent)
        doc = ent.doc
        head = doc[ent.end] if ent.end < len(doc) else None
        if head is not None and head.lower_ in ORGANISATION_HEADS and head.is_title and not _portfolio(head):
            return Found(doc[ent.start : ent.end + 1].text, tuple(doc[ent.start : ent.end + 1]))  # "Danish Re"
        if party := party_of(doc, ent.start, name):
            return Found(party, tuple(ent), party=True)
        titled = head is not None and (head.tag_ == "POS" or head.lower_ in _HEADS_OF)  # "Meridian's", "Veridian CEO"
        owner = titled and label == "NORP" and not country_of(name)  # no "Muslim's"
        owner = owner or label == "GPE" and company_owner_tagged_place(ent, head)  # "Trenholm's finance director"
        full = mentions.organisation_called(name) if owner else workplace_in_full(ent, name, mentions)  # "at Meridian"
        if full != name and organisation_type(full) not in (STATE, INTERNATIONAL):  # "Meridian's": Meridian Ratings
            return Found(full, tuple(ent))  # ("Ostrian's" of "Ostrian Army" stays Ostria's)
        if capital := state_of_capital(name, ent.root):  # "Beijing's ambassador to Brasilia": China's
            return Found(capital, tuple(ent), place=True)
        adjective = label in ("NORP", "PERSON") or len(ent) == 1 and ent[0].pos_ == "ADJ"  # "Zembian President"
        country = country_of(name) or state_of_unlisted(name, head.text if head else "") if adjective else name
        if not country and ent.root.dep_ == "pobj":  # "at Anglo-Nordic": a name the recogniser took for a people
            return Found(name, tuple(ent))
        return Found(country, tuple(ent), place=True) if country else None
    if label == "PERSON" and (party := PARTIES.get(ent.text.lower()) or portfolio_party(ent)):
        return Found(party, tuple(ent), party=True)  # "Lib Dem leader X" with "Lib Dem" tagged a person
    if label == "PERSON" and is_country(ent.text):
        return Found(ent.text, tuple(ent), place=True)  # "a former president of Malawi", "Malawi" tagged a person
    if label == "PERSON":
        name = organisation_clipped(ent.text, mentions) or clean_name(ent.text, "ORG")  # "Kingsbridge Ratings"
        return Found(name, tuple(ent)) if _company_taken_for_person(ent, mentions) else None
    if token.is_title and (country := country_of(token.text)):  # untagged, or in a work ("Malawian Agriculture")
        return Found(country, (token,), place=True)  # "KYIV (Reuters) - Ukrainian President X", "Ukrainian" untagged
    titled = token.pos_ == "NOUN" and token.doc[token.i + 1 : token.i + 2].text.lower() in _HEADS_OF  # "Valtor chief"
    adjective = token.doc[token.i : token.i + 1] if (token.pos_ == "ADJ" or titled) and token.is_title else None
    if (
        adjective is not None
        and (party := party_before_role(adjective, token.text))
        or (party := party_opening_role(token))
    ):
        return Found(party, (token,), party=True)  # "Conservative MP Hugh Dalby", "Liberal backbencher X"
    clipped = adjective is not None and mentions.organisation_called(token.text) != token.text  # "Ardal CEO"
    clipped = clipped or adjective is not None and mentions.names_an_organisation(token.text)  # "Tarnhold chief"
    if not (proper(token) or clipped) or token.lower_ in _CAPITALISED_SIDES and len(proper_run(token)) == 1:
        return None  # "Opposition critic X", "Union steward Y": a side capitalised to open a role, no name
    run = without_title_opener(proper_run(token))  # "Acting CEC chairman X": no "Acting CEC"
    if token not in run or title_and_name(run) or portfolio_before_name(run):  # "Minister of Trade Ann Roe"
        return None  # "Justice Ewan Hale" with no name tagged: a title of office and a person's name
    if opens_title(run[-1]):
        run = run[:-1]  # "Vice" of "Vice President", "Prime" of "Deputy Prime Minister"
        if not run:
            return None
    if (before := before_general_title(token.doc[run[0].i : run[-1].i + 1])) is not None:
        run = run[: len(before)] if token.i < before.end else ()  # "General Ivo Marek" after "Consul": no body
        if not run:
            return None
    text = clean_name(token.doc[run[0].i : run[-1].i + 1].text, "ORG")  # as written: "ZANU-PF", not "ZANU - PF"
    if party := party_before_role(token.doc[run[0].i : run[-1].i + 1], text):  # "Labour MP", not "Labour Minister"
        return Found(party, run, party=True)
    rest = [t.text for t in run if t.lower_ not in PORTFOLIOS]
    state = len(rest) == len(run) - 1 == 1 and (is_country(rest[0]) or country_of(rest[0]))
    if state or set(text.lower().split()) <= PORTFOLIOS:  # "Finance Minister", "EU Trade Commissioner",
        return None  # "Malawian Agriculture Minister": a portfolio, of the state named before it
    after = token.doc[run[-1].i + 1] if run[-1].i + 1 < len(token.doc) else None
    if after is not None and (after.ent_type_ == "PERSON" or after.lower_ == "officer"):
        return None  # "Crooked Ann Ross", "Sheikh Ali": an epithet or title; "Chief Financial Officer": a title
    if country := country_of(text):
        return Found(country, run, place=True)
    if text and (committee := _agency_of(token.doc[run[0].i : run[-1].i + 1], "")) is not None:
        return Found(committee.text, tuple(committee))  # "the Commons finance committee", "Commons" untagged
    text = with_place_after(run[-1], text) if text else text  # "the Flight Attendants' Guild" + "of Ireland"
    return Found(court_of_judge(mentions.organisation_called(text), run), run, is_country(text)) if text else None


def _agency_of(ent: Span, name: str) -> Span | None:
    """The body of an international organisation a description names by what it does ("the UN refugee agency"), or
    a committee of any ("the Commons finance committee")."""
    head = chain = ent.root.head
    while chain.dep_ == "compound" and chain.head.i > chain.i and chain.text.islower():  # "Bundestag budget committee"
        chain = chain.head
    head = chain if chain.lemma_.lower() in _COMMITTEES else head
    inside = ent.root.dep_ == "compound" and head.i >= ent.end and head.lemma_.lower() in BODY_NOUNS
    between = ent.doc[ent.end : head.i]
    if not inside or not head.text.islower() or not all(t.text.islower() and t.dep_ == "compound" for t in between):
        return None
    committee = head.lemma_.lower() in _COMMITTEES  # "the Commons finance committee": the committee, not the house
    return ent.doc[ent.start : head.i + 1] if organisation_type(name) == INTERNATIONAL or committee else None


def _company_taken_for_person(ent: Span, mentions: Mentions) -> bool:
    """ "Velmar Vice-President Dale Korb" or "Morrow analyst Dale Korb" with "Velmar" or "Morrow" tagged a person: one
    word before an executive's title or "analyst", which is no surname of anyone the article names ("Ross spokesman"
    for Ann Ross stays hers); "chief executive of Falkner Chemie", "an analyst at Penrose Lang", "an analyst with
    Raymond James": what an executive runs, or where someone works, is no person; nor is a name "which" does
    something ("a spokeswoman for Jyoti Mobile, which bought …")."""
    doc = ent.doc
    title = doc[ent.end].lower_ if len(ent) == 1 and ent.end < len(doc) else ""
    executive = title in _EXECUTIVE_TITLES and doc[ent.end].is_title or title == "analyst"
    executive = executive or company_before_executive(ent)  # "Sahel Mobile Chief Executive Ravi Menon"
    preposition = ent.root.head if ent.root.dep_ == "pobj" else None
    by, role = (preposition.lower_, preposition.head.lower_) if preposition is not None else ("", "")
    works_at = by == "at" or by == "of" and role in _HEADS_OF or by == "with" and role in ANALYST_WORDS
    works_at = works_at or named_after_workplace_noun(ent)  # "at the developer Skovhavn Wind"
    officer = ent.root.head.lower_ == "officer" and "chief" in (c.lower_ for c in ent.root.head.children)
    runs = ent.root.dep_ == "poss" and (ent.root.head.lower_ in _COMPANY_OFFICES or officer)  # "Kessel Bier's founder"
    clipped = owner_clipped(ent, mentions)  # "Kingsbridge's lead analyst" after "Kingsbridge Ratings said"
    named = named_by_body_noun(ent) or partner_of_named_firm(ent)  # "the news site X"; "Ann Roe of Roe Vale"
    which = any(
        w.lower_ == "which" and w.dep_ == "nsubj" for c in ent.root.children if c.dep_ == "relcl" for w in c.lefts
    )
    return (executive or works_at or runs or clipped or named or which) and not mentions.surname_of_someone(ent.text)


def _portfolio(token: Token) -> bool:
    """ "Energy" of "Saudi Energy Minister": a portfolio before a minister's title, no company's name."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in PORTFOLIOS and after is not None and after.lower_ in ("minister", "secretary")
