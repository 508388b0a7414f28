"""The organisation a word that refers to one means: "its", "the council's", "a company spokesman", "a military
spokesman", "a ministry spokeswoman", each looked for among the organisations the article named or that spoke before
it (`organisation_referred_to`, which `People.organisation_meant` answers with)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.audiences import spoken_to
from dashboard.analysis.quotes.business_nouns import calls_only_businesses
from dashboard.analysis.quotes.called_back_agencies import international_agency_called_back
from dashboard.analysis.quotes.clipped_subjects import company_acting_clipped
from dashboard.analysis.quotes.collective_owners import collective_its_means
from dashboard.analysis.quotes.committees_named_untagged import committee_named_untagged
from dashboard.analysis.quotes.far_companies import far_owner, far_untagged_company
from dashboard.analysis.quotes.far_ministries import far_ministry
from dashboard.analysis.quotes.far_regulators import far_regulator
from dashboard.analysis.quotes.forces import force_meant, names_a_force
from dashboard.analysis.quotes.its_own_subjects import owner_calling_its_own
from dashboard.analysis.quotes.its_owners import untagged_owner
from dashboard.analysis.quotes.last_speakers_company import body_of_principal, owner_of_last_speaker, seconds_someone
from dashboard.analysis.quotes.lexicon import COMPANY_NOUNS
from dashboard.analysis.quotes.mission_owners import mission_its_means
from dashboard.analysis.quotes.modifier_bodies import without_qualifiers
from dashboard.analysis.quotes.noun_named_bodies import body_named_by_noun
from dashboard.analysis.quotes.organisations import NAMED_BY_NOUN, NO_BUSINESSES, organisation_type
from dashboard.analysis.quotes.owned_bodies import TRADE_OWNERS
from dashboard.analysis.quotes.place_named_clubs import club_named_as_place
from dashboard.analysis.quotes.possessed_far_bodies import coop_owner, far_business_owner
from dashboard.analysis.quotes.referring_words import NAMED_ONLY
from dashboard.analysis.quotes.reported_owners import reported_subject_its_means
from dashboard.analysis.quotes.short_name_speakers import short_speaker_its_means
from dashboard.analysis.quotes.spoken_for_trades import company_spoken_for, last_acting_before
from dashboard.analysis.quotes.spoken_owners import speaker_its_means
from dashboard.analysis.quotes.state_bodies import is_state_body_noun, state_body_meant
from dashboard.analysis.quotes.subjects import its_means_a_thing
from dashboard.analysis.quotes.untagged_sentence_owners import owner_named_untagged

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: How many paragraphs back "its" or "the company" may reach for the organisation it means.
ORG_REACH = 2


def _subjects_before(cast: People, p: int, token: Token) -> list[str]:
    return cast.subjects_its_means(p, token, cast.profiles)  # "Holm & Reed affirmed Norrvik's rating. Its analyst"


def _person_tagged_owner(cast: People, p: int, token: Token) -> list[str]:
    return owner_calling_its_own(token, lambda name: bool(getattr(cast.profiles.get(name), "role", "")))


def _clipped_company(cast: People, p: int, token: Token) -> list[str]:
    return [c for c in [company_acting_clipped(cast, p, token)] if c]  # "Helvarin said … The company's head"


#: Who "its" (or "the company's") means by the sentences just before it, asked in this order; the first answer holds.
_OWNERS_JUST_BEFORE = (
    mission_its_means,  # "Malaysia's mission to the United Nations …. Its ambassador": the mission, not the UN
    reported_subject_its_means,  # "The Y will return the masks, its director said"
    _subjects_before,  # the subject of a clause, not the owner it named last
    speaker_its_means,  # "The Y said … . Its analyst"
    short_speaker_its_means,  # "Trevalon said … the court. Its chief" after Trevalon Biosciences was named
    collective_its_means,  # "A coalition of groups, the Y, said. Its coordinator"
    owner_named_untagged,  # "Y, which …" or "The regulator said …" then "Its chief"
    _person_tagged_owner,  # a body the recogniser tagged a person, whose clause owns a thing by "its"
    _clipped_company,  # a clipped, untagged subject of a main clause
)


def organisation_referred_to(cast: People, p: int, token: Token) -> str:
    """The organisation "its", "the council's" or "a company spokesman" means: the last one named before whose name
    has that noun ("the council" -> "Baltic Corridor Council"), else (for a pronoun or a business's noun) the last
    organisation named before."""
    if seconds_someone(token):  # "Her deputy, X," after the agency's chief spoke: her agency
        return body_of_principal(cast, p, token)
    if names_a_force(token):  # "a military spokesman" after "The army said"
        return force_meant(cast.acted_organisations(), p, token)
    if owned := coop_owner(cast, p, token):  # "the co-op's general manager": the co-operative named last
        return owned
    if token.pos_ == "NOUN" and (named := cast.named_with_word(p, token) or body_named_by_noun(cast, p, token)):
        return named  # "the council's" -> "Baltic Corridor Council", "the mission's" -> "the mission in X, UNMX,"
    if committee := committee_named_untagged(cast.docs, p, token, ORG_REACH):  # "the committee's chair" after "told
        return committee  # parliament's culture committee", named in lower case
    if token.lemma_.lower() in NAMED_ONLY:  # "the line's chief" with no "X Line" named: no body's
        return ""
    if token.dep_ == "poss" and token.lemma_.lower() == "club":  # "the club's president": a club named as one or set
        return club_named_as_place(cast, p, token)  # beside "club", never the paper that reported on the club
    if its_means_a_thing(token):  # "A petition … Its organiser": no organisation's
        return ""
    near = [(pos, name, label) for pos, name, label in cast.orgs if (p - ORG_REACH, 0) <= pos < (p, token.i)]
    before = [(name, label) for pos, name, label in near if not spoken_to(cast.docs[pos[0]][pos[1]])]  # "told AFP"
    if is_state_body_noun(token):  # "a ministry spokeswoman": a ministry, never the bank named last
        named = [name for name, label in before if label == "ORG"]
        meant = state_body_meant(cast.docs, p, token, cast.acted_organisations(), named)
        meant = meant or far_regulator(cast, p, token)  # "the authority's mergers unit", the one state body named
        meant = meant or far_ministry(cast, p, token)  # "the ministry's import department", its one ministry far back
        return meant or international_agency_called_back(cast, p, token)  # "the agency's forecaster" after the FAO
    if (kind := token.lemma_.lower()) in NAMED_BY_NOUN:  # "a union chairwoman": the union named last
        return next(
            (name for name, _ in reversed(before) if kind in (organisation_type(name), cast.org_types.get(name))),
            "",
        )
    if company_spoken_for(token):  # "a spokesman for the trader": the company that spoke or acted last, not the bank
        return last_acting_before(cast.docs, cast.orgs, (p, token.i))  # an analyst who spoke since works for
    if token.dep_ == "pobj" and token.lemma_.lower() not in COMPANY_NOUNS:
        return ""  # "a spokeswoman for the ministry" is none of the companies named before
    organisations = [name for name, label in before if label == "ORG" and name not in cast.profiles]
    organisations = without_qualifiers(organisations, near, cast.docs)  # not "EU" of "EU exports"
    if calls_only_businesses(token.lemma_.lower()):  # "A company spokeswoman" after a think tank's fellow
        organisations = [n for n in organisations if not _no_business(cast, n)]
    its = next((owners for owners_of in _OWNERS_JUST_BEFORE if (owners := owners_of(cast, p, token))), [])
    organisations = its or organisations  # the subject's ("X said it would appeal to the court. Its counsel")
    reach = (p - ORG_REACH, 0)  # below, a name that spoke or acted, not "the company"
    spoke = [(pos, n) for pos, n in cast.acted_organisations() if reach <= pos < (p, token.i) and n[:1].isupper()]
    if organisations or spoke:  # else the one that spoke last ("Vale Re said … The company said … its chief")
        return organisations[-1] if organisations else max(spoke)[1]
    if owner := owner_of_last_speaker(cast, p, token):  # "… “…,” X said. Its chief economist": X's body
        return owner
    trade = token.dep_ == "poss" and token.lemma_.lower() in TRADE_OWNERS  # "the grocer's finance chief"
    if far := far_business_owner(cast, p, token):  # "the service's advertising business", its name far back
        return far
    if token.lemma_.lower() not in COMPANY_NOUNS and not trade:  # "Lumora said … Its counsel", Lumora untagged
        return untagged_owner(cast.docs, p, token, cast.surname_of_someone)
    missed = cast.missed_organisation(p, token.i)  # "Orsted Wind won the tender. A company spokesman said"
    missed = missed or far_owner(cast, p, token)  # "the airline's CFO", the airline named paragraphs before
    missed = missed or far_untagged_company(cast, p, token)  # "X Automotive said … the group's battery unit"
    return missed or far_regulator(cast, p, token)  # "the watchdog's chief", the one state body named


def _no_business(cast: People, name: str) -> bool:
    """Whether the organisation so named is of a type no one calls a company (a think tank, a ministry, a union)."""
    return (cast.org_types.get(name) or organisation_type(name)) in NO_BUSINESSES
