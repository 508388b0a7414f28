"""Who a speaker is: the full name, role, affiliation and kind of the subject of a cue, pronouns resolved.

A `Cast` resolves the subject of a cue against what the article says about its people (`People`): the canonical
names of the entity rows ("Ivanov" -> "Philipp Ivanov"), so that "he" is the most recent fitting person, "the mayor"
the person with that role, "the ministry" the ministry named before, and "analysts" a group left unnamed."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from dashboard.analysis.quotes.acronym_appositions import initials_set_off
from dashboard.analysis.quotes.affiliations import described_affiliation
from dashboard.analysis.quotes.armed_services import armed_service
from dashboard.analysis.quotes.bare_names import body_opened_by, name_taken_for_noun, whole_word
from dashboard.analysis.quotes.bodies_together import bodies_together
from dashboard.analysis.quotes.body_subjects import body_or_group, body_subject_before, owned_speaker, same_body
from dashboard.analysis.quotes.central_banks import central_bank_named, is_central_bank_noun
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.country_named_banks import bank_of_its_country
from dashboard.analysis.quotes.couples import spouse_named_with
from dashboard.analysis.quotes.datelined import past_dateline
from dashboard.analysis.quotes.descriptions import (
    an_age,
    described_before,
    described_so,
    person_of_age,
    share_in_numbers,
    spoke_unnamed,
)
from dashboard.analysis.quotes.double_barrelled import named_alone
from dashboard.analysis.quotes.family_parents import family_parent
from dashboard.analysis.quotes.friends_groups import friends_group_name
from dashboard.analysis.quotes.groups_of_people import group_of_people
from dashboard.analysis.quotes.impersonal_subjects import cleft_subject, impersonal_it
from dashboard.analysis.quotes.interpreters import interpreters_before
from dashboard.analysis.quotes.kinship import KIN_GENDERS, kin_of_owner, kin_speaker
from dashboard.analysis.quotes.lexicon import (
    BODY_NOUNS,
    GROUP_PRONOUNS,
    GROUP_WORDS,
    INSTITUTION_NOUNS,
    PEOPLE_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_ONLY_SPEAKERS,
    SHARE_NOUNS,
    SOMEONE_PRONOUNS,
    SPOKESPEOPLE,
    THING_PRONOUNS,
)
from dashboard.analysis.quotes.mislabelled_people import described_as_person, speaks_as_organisation
from dashboard.analysis.quotes.named_forces import named_force
from dashboard.analysis.quotes.named_groups import named_group
from dashboard.analysis.quotes.named_services import named_service
from dashboard.analysis.quotes.named_speakers import NamedSpeakers
from dashboard.analysis.quotes.national_descriptions import person_of_nation
from dashboard.analysis.quotes.not_the_speaker import not_the_speaker
from dashboard.analysis.quotes.noun_named_bodies import body_named_by_noun
from dashboard.analysis.quotes.offices import office_speaker
from dashboard.analysis.quotes.opening_words import body_by_opening
from dashboard.analysis.quotes.paragraph_people import without_namesakes_at
from dashboard.analysis.quotes.partitives import body_of_things, counted_of
from dashboard.analysis.quotes.party_members import party_member
from dashboard.analysis.quotes.people import NO_PROFILE, Speaker
from dashboard.analysis.quotes.portfolio_holders import holder_after_portfolio, portfolio_holder
from dashboard.analysis.quotes.previous_speakers import carried_topic
from dashboard.analysis.quotes.public_services import names_public_service
from dashboard.analysis.quotes.questioners import askers_answered
from dashboard.analysis.quotes.relative_roles import relative_role_holder
from dashboard.analysis.quotes.role_holders import holder_of_role
from dashboard.analysis.quotes.roles import ORG_LABELS, noun_phrase, role_of
from dashboard.analysis.quotes.state_bodies import body_of_portfolios, is_state_body_noun
from dashboard.analysis.quotes.subject_holders import subject_holder
from dashboard.analysis.quotes.subjects import antecedent
from dashboard.analysis.quotes.thing_subjects import not_a_place
from dashboard.analysis.quotes.titles_alone import title_alone_holder
from dashboard.analysis.quotes.topics import MAIN_SUBJECT, speaker_rank
from dashboard.analysis.quotes.trade_described_subjects import company_by_its_trade
from dashboard.analysis.quotes.under_title_holders import under_title_holder
from dashboard.analysis.quotes.union_locals import local_by_number
from dashboard.analysis.quotes.unnamed_again import unnamed_who_just_spoke
from dashboard.analysis.quotes.unnamed_since import unnamed_since
from dashboard.analysis.quotes.who_described import person_by_who, post_held_once

__all__ = ["Cast", "Speaker"]

#: Capitalised nouns that are no name of a speaker ("Minister", "Ministry").
_NOT_NAMES = PEOPLE_NOUNS | INSTITUTION_NOUNS
#: How many paragraphs back a pronoun may reach for its person.
PRONOUN_REACH = 3


class Cast(NamedSpeakers):
    """The people and organisations of one article, to name, describe and resolve the subjects of cues."""

    def speaker(self, p: int, token: Token) -> Speaker | None:
        """The speaker a subject token stands for, or None when it is no speaker (a document, an event)."""
        token = subject_holder(token)  # "Trinidad and Tobago's Energy Minister, X, said": X; "X of Y University": X
        found = self._speaker_alone(p, token := holder_after_portfolio(token))  # "Minister for Trade X said": X
        if found is None and (holder := portfolio_holder(token)) is not None:  # "Education and … Minister X said"
            return self._speaker_alone(p, holder)
        return self.joined(p, token, bodies_together(token, found)) if found is not None else None

    def _speaker_alone(self, p: int, token: Token) -> Speaker | None:
        """The speaker a subject token stands for, leaving out any other it is joined to by "and"."""
        lower = token.lower_
        if (after := past_dateline(token)) is not None:
            return self._speaker_alone(p, after)  # "LONDON (Reuters) - Harbor Re said": a dateline speaks not
        if local := local_by_number(self.docs, p, token):  # "Unifor Local 2207 says"
            return Speaker(local, "institution")
        if body := body_of_portfolios(token) or bank_of_its_country(token) or friends_group_name(token):
            return Speaker(body, "institution")  # "Chile's mines and energy ministry", "Friends of the Earth"
        if (named := self._named_in_apposition(p, token) or person_of_nation(self, p, token)) is not None:
            return named  # "the mayor, Bill Smith, said"; "the Spaniard said", "the Dutchman added"
        if an_age(token):  # "the 46-year-old said"; as the cue's modifier, no speaker when no one was given the age
            lost = token.dep_ == "amod"
            return person_of_age(self, p, token) or (None if lost else Speaker("", "unnamed", noun_phrase(token)))
        if _group_word(token) or counted_of(token) or group_of_people(token):  # "two of them", "a group of rabbis"
            return Speaker("", "unnamed", noun_phrase(token, with_preposition=True), plural=True)
        if lower in SOMEONE_PRONOUNS and token.pos_ == "PRON" and token.head.tag_ == "VBD":
            return Speaker("", "unnamed", lower)  # "someone asked how …", not "if somebody comes in and says"
        if token.pos_ == "PRON":
            if lower in PERSON_PRONOUNS:  # not whom the clause speaks to: "he told Hannity" is not Hannity
                others = not_the_speaker(self, p, token) | kin_of_owner(self, p, token)  # not "His eldest, Ava,""
                others |= askers_answered(self, p, token) | interpreters_before(self, p, token)  # asker; interpreter
                found = self.resolve_person(p, token.i, PERSON_PRONOUNS[lower], others)
                # "she said" tells who "he" is not, when she was named in this paragraph, not a guess from before
                here = found is not None and any(
                    q == p and k < token.i and n == found.name for (q, k), n, _ in self.people
                )
                if here and (profile := self.profiles.get(found.name)) and not profile.gender:
                    profile.pronoun_gender = PERSON_PRONOUNS[lower]
                return found
            if lower in GROUP_PRONOUNS:
                return self._recent_group(p, token.i)
            if (cleft := cleft_subject(token)) is not None:  # "It was at the rally that Roe spoke, saying …"
                return self._speaker_alone(p, cleft)
            if lower in THING_PRONOUNS and not impersonal_it(token):  # "In a statement, it said …"; not "it's fair to
                body = body_subject_before(token)  # say": unless it spoke there, and so is known as it spoke
                spoke = body is None or any(pos == (p, body.i) for pos, _ in self.spoken)
                found = self._recent_org(p, token.i) if spoke else self._speaker_alone(p, body)
                return not_a_place(self, p, token, found)  # "his team in Ohio …, which it says …": the team
            if lower in ("who", "that", "which") and token.head.dep_ == "relcl":
                return self.speaker(p, antecedent(token))
            return None
        if token.lemma_.lower() in SHARE_NOUNS or share_in_numbers(token):  # "63 percent said", "one in three say"
            return Speaker("", "unnamed", noun_phrase(token, with_preposition=True), plural=True)
        if (force := named_force(self, p, token)) is not None:  # "Police said" after "Ayr Regional Police say"
            return force
        if (titled := title_alone_holder(self, p, token)) is not None:  # "the MLA said", "the Premier said"
            return titled
        if name := initials_set_off(token) or body_named_by_noun(self, p, token):  # "The U.N. refugee agency, UNHCR,
            return Speaker(name, "institution")  # said", "the regional bloc IGAD … the bloc said": the body by its name
        if service := armed_service(token):  # "Ukraine's air force said", "Vantor Motors' US arm said"
            return named_service(self, p, token, service) or Speaker(service, "institution")
        if (holder := under_title_holder(self, p, token)) is not None:  # "Treasury Under Secretary Ann Roe said"
            return holder
        ent = self.speaking_entity(p, token)
        if (body := self.body_meant(p, token)) is not None:  # "Downing Street said", "the UN children's agency said"
            return body
        if ent is not None:
            label = self.label(p, ent)
            if label == "PERSON" or described_as_person(ent):
                name = self._fitting_name(p, ent)  # "Chile's Codelmar said it", "Coastal Link said it" (Ferries cut)
                if speaks_as_organisation(ent, name) or self.clipped_company(p, ent.root, name):
                    return Speaker(self._organisations_speaking(p, ent), "institution")
                return self.person(self._latest_owner(p, token.i, name))
            name = self.name_of(p, ent)
            person = (
                self.person_named(name) or self.spoke_before(p, token.i, name) if label not in ("GPE", "NORP") else ""
            )
            if person:  # a person the recogniser took for something else
                return self.person(person)
            if label in ORG_LABELS:  # "Norway's Health Ministry said", tagged "Health Ministry"
                return Speaker(owned_speaker(ent, self._organisations_speaking(p, ent)), "institution")
            if label == "NORP" and (group := named_group(token, name)) is not None:  # "The Greens said", "Kurds say"
                return group
            if label == "NORP" and (known := described_so(self, self.people, p, token)) is not None:
                return known  # "the Vermont Democrat said" after "Sen. Helen Marsh, a Vermont Democrat,"
            if label == "NORP" and (member := party_member(self, self.people, p, token)) is not None:
                return member  # "the Vermont Democrat said" after "Sen. Helen Marsh (D-Vt.)"
            bare = token.tag_ == "NNP" and not any(c.dep_ == "det" for c in token.children)
            return self.bare_name(p, token) if bare else None  # a name taken for a nationality or a work
        if (
            token.text[:1].isupper()
            and (person := self.person_named(whole_word(token)) or self.spoke_before(p, token.i, whole_word(token)))
            and not self.fuller(person, token)
        ):
            return self.person(self._latest_owner(p, token.i, person))  # "Sanders" tagged as a common noun
        if (member := party_member(self, self.people, p, token)) is not None:
            return member  # "the Wisconsin Democrat", which the recogniser did not take for a party
        proper = token.pos_ == "PROPN" and token.text[:1].isupper() and lower not in _NOT_NAMES
        if proper or name_taken_for_noun(token) or body_opened_by(self, p, token):
            return self.bare_name(p, token)
        lemma = token.lemma_.lower()
        plural = token.tag_ in ("NNS", "NNPS")
        if lemma in PLURAL_ONLY_SPEAKERS and not plural or body_of_things(token):
            return None  # "reports suggest"; "a large body of work suggests": a mass of things, no speaker
        if kin := kin_speaker(self, p, token) or spouse_named_with(self, p, token) or family_parent(self, p, token):
            return kin  # "Her father insists" after "His daughter, Abena"; "Her husband says" after "Hal and Bea Roy"
        if (office := office_speaker(self, p, token)) is not None:  # "His office said", "the minister's office"
            return office
        if lemma in PEOPLE_NOUNS or post_held_once(token):  # "the former publisher": a person
            met = None if plural else unnamed_who_just_spoke(self.described, p, token) or holder_of_role(self, p, token)
            known = met or (None if plural else described_before(self.described, p, token))  # a group is no one met
            known = known or self.company_plying(p, token) or body_by_opening(self, p, token)  # "the joint chiefs"
            known = known or relative_role_holder(self, self.people, p, token)  # "the owner" of "X, who owns Y,"
            if known is not None:
                return known
            found = described_affiliation(token, self, p, self.organisation_meant)
            role = role_of(token, found) if found else noun_phrase(token, with_preposition=True)
            alone = [t.lower_ for t in token.subtree] in (["a", lemma], ["an", lemma])  # "a spokeswoman", no more
            if found is None and lemma in SPOKESPEOPLE and alone:
                company = self._recent_org(p, token.i, named=False)  # "Vale Re reported a loss. A spokeswoman said …"
                return Speaker("", "unnamed", role, company.name if company else "")
            return Speaker("", "unnamed", role, found.name if found else "", plural)
        if (lemma in BODY_NOUNS or names_public_service(token)) and not person_by_who(token):  # no "an operator …, who
            described = self.entity(p, token.head) if token.dep_ == "appos" else None  # …,"; "Harbor Re, the insurer,"
            owner = "" if is_state_body_noun(token) or is_central_bank_noun(token) else "poss"  # "Ostland's bank"
            named = [self.entity(p, c) for c in token.lefts if c.dep_ in ("compound", owner)]
            named = [e for e in (described, *named) if e is not None and self.label(p, e) in (*ORG_LABELS, "NORP")]
            named = [e for e in named if not country_of(self.name_of(p, e))]  # "the Chilean mining ministry"
            if named and self.label(p, named[0]) != "GPE":
                return Speaker(self.owned_body_name(p, token, named[0]), "institution")
            if plural:  # "exporter organisations said", "firms say": a group no name tells
                return Speaker("", "unnamed", noun_phrase(token, with_preposition=True), plural=True)
            named = (
                self.lede_body(token)
                or same_body(self._org_named(p, token), token)
                or self.body_named_next(p, token)
                or same_body(central_bank_named(token, (name for _, name, _ in self.orgs)), token)  # named later
            )
            return body_or_group(named, token)
        singular_noun = not plural and (token.pos_ == "NOUN" or token.is_lower and token.tag_ == "NNP")  # tagged a name
        holder = (holder_of_role(self, p, token) if singular_noun else None) or company_by_its_trade(self, p, token)
        if holder is not None or lemma not in KIN_GENDERS:  # "the retired engineer"; "X grew, the video platform said"
            return holder
        return Speaker("", "unnamed", noun_phrase(token, with_preposition=True))  # "His wife warned …", no wife named

    def resolve_person(self, p: int, i: int, gender: str = "", others: frozenset[str] = frozenset()) -> Speaker | None:
        """The most recent person before token i of paragraph p that fits the gender and is none of `others`, subjects
        first: a person known to have that gender comes before one whose gender the article does not tell, unless that
        one is the latest subject of this very paragraph."""
        end = bisect.bisect_left(self.people, ((p, i),))
        if (unnamed := unnamed_since(self, p, i, gender)) is not None:
            return unnamed
        # not "“Tom will win,” she said", nor "Asked by Tom whether she would run, she said"
        before = [m for m in self.people[:end] if not self.quoted(m[0]) and not self.asks(m[0], p, i)]
        before = [m for m in before if m[1] not in others]
        fitting = [m for m in before if self.gender_of(m[1]) in ("", gender)]
        near = [m for m in fitting if m[0][0] >= p - PRONOUN_REACH]
        known = [m for m in near if m[2] and gender and self._known_gender(m, p) == gender]
        here = [m for m in near if m[0][0] == p]
        main = [m for m in here if m[2] == MAIN_SUBJECT]  # the topic, not "the oven that Ann Ross built"
        if topic := carried_topic(self, p, i, gender, here, main, near, known):
            return self.person(topic)
        subjects_here = main or [m for m in here if m[2]] or here  # "For Reyes, the bakery is a duty. … he says"
        if subjects_here and (not known or known[-1][0][0] < p):
            return self.person(subjects_here[-1][1])
        anyone = [m for m in before if m[0][0] >= p - PRONOUN_REACH and m[2]]
        for pool in (known, [m for m in near if m[2]], near, fitting, anyone):
            if pool:
                return self.person(pool[-1][1])
        return None

    def gender_of(self, name: str) -> str:
        """The gender the article tells of a named person ("m" or "f"; "" when it does not)."""
        return self._told_gender(name) or self.profiles.get(name, NO_PROFILE).pronoun_gender

    def _known_gender(self, mention: tuple, p: int) -> str:
        """The gender the article told of a person mentioned before a pronoun of paragraph `p`: by name or pronoun
        wherever the mention stands, by a kin noun ("His daughter, Kaylee Haugen,") only in `p` itself, so that the
        wife or son named in passing further back does not outweigh the person the story follows."""
        (q, _), name, _ = mention
        return self.profiles.get(name, NO_PROFILE).gender or (self._told_gender(name) if q == p else "")

    def _told_gender(self, name: str) -> str:
        """The gender the article's words tell of a person: by name or pronoun, or by a kin noun that ends the role
        it gave them ("Tait's billet mother, Gail Hruska,"; not "whose husband", another's kin)."""
        profile = self.profiles.get(name, NO_PROFILE)
        role = profile.role.lower().split()
        return profile.gender or ("whose" not in role and KIN_GENDERS.get(role[-1] if role else "", "")) or ""

    def remember(self, p: int, i: int, speaker: Speaker) -> None:
        """A person who spoke (by name, description or pronoun): later pronouns may refer back to them."""
        known = speaker.name in self.profiles or " " in speaker.name  # not a lone word taken for a name
        known = known or named_alone(speaker.name, self.docs[p][i])  # "Ellie, 19,", "Maalouf-Strand, the sociologist,"
        organisation = any(name == speaker.name for _, name, _ in self.orgs)  # whatever kind it was given
        if known and speaker.kind != "institution" and not speaker.plural and not organisation:
            self.people = without_namesakes_at(self.people, p, i, speaker.name)  # not the other Meekis taken for one
            bisect.insort(self.people, ((p, i), speaker.name, speaker_rank(self.docs[p][i])))
        elif speaker.kind == "unnamed" and speaker.role and not speaker.plural and spoke_unnamed(self.docs[p][i]):
            self.described.append(((p, i), speaker))


def _group_word(token: Token) -> bool:
    """A word for people counted or gathered ("two", "many"), not a later word of a body's name ("Hydro One said")."""
    named = token.ent_iob_ == "I" and token.ent_type_ in ORG_LABELS
    return not named and token.lower_ in GROUP_WORDS and token.pos_ in ("PRON", "DET", "ADJ", "NUM")
