"""Speakers named by a name: a person described in apposition ("the mayor, Bill Smith,"), a proper noun the
recogniser missed ("Opposition MP Kwame Asante", "Raj says" after "Raj Mehta") and which of the people of one surname
a surname stands for. A part of `Cast` (speakers.py), which resolves the subjects of cues."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dashboard.analysis.lone_companies import described_untagged, set_off_as_company
from dashboard.analysis.names import LOCAL_TITLES, ORGANISATION_HEADS, clean_name, surname, which_follows
from dashboard.analysis.quotes.adverbial_names import names_set_off
from dashboard.analysis.quotes.affiliations import described_affiliation, organisation_at
from dashboard.analysis.quotes.animals import animal_names
from dashboard.analysis.quotes.apposed_bodies import body_name_before_apposition
from dashboard.analysis.quotes.backed_names import participle_named_objects
from dashboard.analysis.quotes.bare_names import body_opened_by, given_and_surname, whole_word
from dashboard.analysis.quotes.body_phrases import named_after_body_noun, small_word_tail
from dashboard.analysis.quotes.credited_names import credited_mentions
from dashboard.analysis.quotes.dashed_places import past_dashed_places
from dashboard.analysis.quotes.descriptions import someone
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.given_name_owners import owner_of_given_name
from dashboard.analysis.quotes.institutions import Institutions
from dashboard.analysis.quotes.kin_namesakes import kin_of_another
from dashboard.analysis.quotes.kinds import kind_of
from dashboard.analysis.quotes.kinship import KIN_GENDERS
from dashboard.analysis.quotes.later_namesakes import named_only_later
from dashboard.analysis.quotes.lede_descriptions import lede_description, name_set_off_after_noun, named_as_lede_said
from dashboard.analysis.quotes.lede_others import named_in
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.mislabelled_people import described_as_person, name_after_role, speaks_as_it
from dashboard.analysis.quotes.names_set_off_after_bodies import person_set_off_after_body
from dashboard.analysis.quotes.national_descriptions import nation_described
from dashboard.analysis.quotes.noun_named_bodies import body_name_set_off
from dashboard.analysis.quotes.operated_bodies import body_running_it
from dashboard.analysis.quotes.owner_appositions import (
    body_beside_object,
    body_named_after_object,
    holder_named_as_body,
    person_beside_object,
)
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.place_regions import region_of_town
from dashboard.analysis.quotes.placed_roles import objects_of, unit_named
from dashboard.analysis.quotes.relative_named import name_after_relative_clause
from dashboard.analysis.quotes.roles import ORG_LABELS, names_given, noun_phrase, role_of
from dashboard.analysis.quotes.self_named import another_of_family, name_set_off, names_given_as
from dashboard.analysis.quotes.seniority import by_seniority, quoted_in_sentence
from dashboard.analysis.quotes.trade_led_names import company_by_trade_before
from dashboard.analysis.quotes.trade_named_bodies import names_body_after_trade
from dashboard.analysis.quotes.union_locals import numbered_local
from dashboard.analysis.self_reporting_names import speaks_of_itself


class NamedSpeakers(Institutions):
    """The speakers of an article that a name, or a name in apposition to a description, gives."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lede_bodies: dict[str, str] = {}  # a body's noun in a lede -> the organisation the next sentence named
        self.named_in_full: dict[str, Speaker] = {}  # an untagged full name -> the speaker as first described
        self._by_surname: tuple[list | None, dict] = (None, {})  # see `_named_in_full_by_surname`
        animals = animal_names(self.docs, self.people)  # "a German shepherd named Rocco" speaks not
        self.people = [m for m in self.people if m[1] not in animals]
        credited = credited_mentions(self.docs, self.people)  # "By Ann Lee · The Gazette": the writer, in no story
        self.people = [m for m in self.people if m[0] not in credited]
        national = {pos for pos, _, _ in self.orgs if nation_described(self.docs[pos[0]][pos[1]])}  # "the Dutchman"
        self.orgs = [o for o in self.orgs if o[0] not in national]
        self._subject_orgs = [o for o in self._subject_orgs if o[0] not in national]

    def person(self, name: str) -> Speaker:
        """A person as a speaker; one the article named in full untagged ("Joh Husted, Ohio Secretary of State,") as
        first described, though a later mention by surname says no more."""
        return self.named_in_full.get(name) or super().person(name)

    def _named_in_full_by_surname(self) -> dict[str, list[tuple[tuple[int, int], str, int]]]:
        """The mentions of people named in full, in order, by surname: made once for the article's list of people
        (which a speaker remembered replaces, `remember`), where every "says X" read the whole list."""
        if self._by_surname[0] is not self.people:
            index: dict[str, list[tuple[tuple[int, int], str, int]]] = {}
            for mention in self.people:
                if " " in mention[1]:
                    index.setdefault(surname(mention[1]), []).append(mention)
            self._by_surname = (self.people, index)
        return self._by_surname[1]

    def _latest_owner(self, p: int, i: int, name: str) -> str:
        """ "says Pelletier" when the article names Gord and Kayla Pelletier: the one of them last the subject of a
        sentence before, else the one of them named last; "the younger Meekis" the one of them given the lower age."""
        last = surname(name) if " " in name else name
        owners = [m for m in self._named_in_full_by_surname().get(last, ()) if m[0] < (p, i)]  # (pos, name, subject)
        before = [(subject, n) for _, n, subject in owners]
        entity = self.entity(p, self.docs[p][i])
        if named_only_later(self.docs, p, i, entity, name, {n for _, n in before}):
            name = last  # "says Santangelo" after Gloria Santangelo, before her son Nick Santangelo is named
        if before and {n for _, n in before} - (spoken_of := quoted_in_sentence(self, p, i)):  # "“Kim said so,” the
            before = [(subject, n) for subject, n in before if n not in spoken_of]  # elder Nguyen says": not Kim
            name = last if name in spoken_of else name
        if older := by_seniority(self, p, self.docs[p][i], [n for _, n in before]):
            return older
        said = clean_name(entity.text, "PERSON") if entity is not None else self.docs[p][i].text
        if said == last and (
            kin := kin_of_another(self.docs, [(pos, n) for pos, n, _ in owners])
        ):  # "Vance says" after Nora Vance and "her son, Daniel Vance,": Nora
            others = [(subject, n) for subject, n in before if n not in kin]
            before, name = (others, last if name in kin else name) if others else (before, name)
        if " " in name:
            return name
        subjects = [n for subject, n in before if subject]
        return (subjects or [n for _, n in before] or [name])[-1]

    def _named_in_apposition(self, p: int, token: Token) -> Speaker | None:
        """ "the mayor, Bill Smith," and "her neighbour, the retired teacher Paul Kwan," name the one described; "the
        employer, Harbour Foods," the organisation that speaks; a name is described, not renamed ("X, a pollster who
        worked for Y, then-mayor Paul Dorn,"), unless the cue follows ("X, strategist Y says", "X, an aide said, …")."""
        if name := body_name_before_apposition(token) or body_name_set_off(token):  # "Finland's cyber agency,
            return Speaker(name, "institution")  # Kybervahti, said"; "Pinecrest Pupil Lines, the company that …, says"
        if (body := body_running_it(self, p, token)) is not None:
            return body  # "The lodge, run by X, said"
        if (ent := self.entity(p, token)) is not None and self.label(p, ent) == "PERSON":
            named = [c for c in token.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if len(ent) == 1 and token.lower_ in LOCAL_TITLES and named:  # "The local MLA, critic Dana Cole, said"
                return self._speaker_alone(p, named[0])
            if len(ent) == 1 and token.lower_ in LOCAL_TITLES and (untagged := untagged_name_set_off(token)):
                return self.bare_name(p, untagged)  # "The MLA for Halden Bay, Ana Ruiz, said", the name untagged
            verb = token.head
            said = [c for c in token.rights if c.dep_ == "appos" and c.right_edge.i + 1 == verb.i]
            aside = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ","  # not "X, a supporter told Y"
            speaks = said and (said[0].ent_type_ == "PERSON" or aside and someone(said[0]))
            return self._speaker_alone(p, said[0]) if speaks else None
        if token.pos_ == "NOUN" and (named := name_after_relative_clause(token)) is not None:
            return self._speaker_alone(p, named)  # "A teenager who volunteers on Saturdays, Noor Hakim, says"
        token = title_split_at_hyphen(token) or token  # "vice-president of environment, Gareth Pryce,"
        heads = [token]
        if token.lemma_.lower() in PEOPLE_NOUNS:
            if set_off := [n for o in objects_of(token) for n in name_set_off(o)]:  # "envoy to [Oslo, Ana Ruiz]"
                return self._described_as(p, token, set_off[0])
            heads += objects_of(token)  # "the head of the UN office in Geneva, Ana Ruiz," (placed_roles)
            heads += participle_named_objects(token)  # "A pastor backing Mr. Ruiz, Dale Whitcomb, said"
        heads += [c for c in token.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
        one_of_people = token.lower_ == "one" and any(o.lemma_.lower() in PEOPLE_NOUNS for o in objects_of(token))
        if token.lower_ == "one":  # "One of her students, Tristan Moss, says", the name hung on "students"; "One
            heads += objects_of(token)  # of its creditors, Halden Bank, said", the body
        for head in heads:
            # "the employer, Harbour Foods,", "named X", not "the MP for Kings–Tarn, Ana Ruiz," taken for "Tarn"
            for child in past_dashed_places((*names_given(head), *names_given_as(head), *names_set_off(head))):
                ent = self.entity(p, child)
                if ent is None and token.tag_ == "NN" and token.lemma_.lower() in BODY_NOUNS and child.is_title:
                    return Speaker(clean_name(noun_phrase(child) + small_word_tail(child), "ORG"), "institution")
                person_noun = token.lemma_.lower() in PEOPLE_NOUNS or token.lemma_.lower() in KIN_GENDERS  # "sister"
                role_noun = token.tag_ == "NN" or token.lower_ in LOCAL_TITLES  # "the MP for X, Ana Ruiz," an NNP
                if ent is None and person_noun and child.is_title and role_noun:
                    return self.bare_name(p, child)  # "the union's general secretary, Ana Ruiz," left untagged
                if names_body_after_trade(token, child, self.label(p, ent) if ent is not None else ""):
                    name = self.name_of(p, ent) if ent is not None else noun_phrase(child)  # "the rail operator
                    return Speaker(clean_name(name, "ORG"), "institution")  # Nordline said", tagged a person
                if ent is None or (label := self.label(p, ent)) not in ("PERSON", *ORG_LABELS):
                    if ent is not None and head is token and label != "NORP" and described_as_person(ent):
                        return self.person(self.name_of(p, ent))  # "a farmer, Tomé Baloi," tagged a place
                    continue
                set_off = person_set_off_after_body(child, label) or person_beside_object(token, head, child)
                if head is not token and set_off:  # "A spokesman for the trading house Y, X, said", "Its analyst for
                    return self._described_as(p, token, set_off)  # the company, Priya Nair, said"
                if head is not token and region_of_town(head, label):
                    continue  # "A voter in Ames, Iowa, said": the town's state, no name of the voter
                if head is token and company_by_trade_before(ent):  # "its owner, the vaccine maker Y," tagged a
                    return Speaker(clean_name(self.name_of(p, ent), "ORG"), "institution")  # person's
                if label in ORG_LABELS and holder_named_as_body(token, head):  # "its largest shareholder, the fund X,"
                    return Speaker(self.name_of(p, ent), "institution")
                # "A spokeswoman for its parent, Karoo Holdings,", "a spokesman for the authority, Metro Transit,"
                if body_beside_object(token, head, label) or body_named_after_object(token, child):
                    return Speaker("", "unnamed", token.text, self.name_of(p, ent))
                person = label == "PERSON" or self.person_named(self.name_of(p, ent))  # "state premier, Uwe Brandt,"
                person = person or one_of_people  # "One of her students, ten-year-old Tristan Bear," tagged otherwise
                if label == "PERSON" and any(unit_named(o) == head for o in objects_of(token) if o != head):
                    return self._described_as(p, token, child)  # "the mayor of the town of Y, Ana Ruiz,": the mayor
                personal = token.pos_ == "NOUN" and token.lemma_.lower() in PEOPLE_NOUNS and token.tag_ == "NN"
                company = label in ORG_LABELS and (set_off_as_company(child) or speaks_of_itself(child))  # "X, a firm"
                if person or personal and not company:
                    name = self.name_of(p, ent)  # "one hopeful, Carly Fiorina," tagged otherwise
                    return self.person(self.fuller(name, child) or name)  # "the lawyer, Amrit Sandhu," both ORG
                if token.tag_ == "NN" or token.lower_ == "one":  # not "four casinos — A, B and C"; "One of its
                    return Speaker(self.name_of(p, ent), "institution")  # lessors, X Capital,", "the agency, Y,"
        return None

    def _described_as(self, p: int, noun: Token, name: Token) -> Speaker | None:
        """The person a name stands for, with the role and organisation the description before it gives them."""
        if (ent := self.entity(p, name)) is None:
            return None
        found = described_affiliation(noun, self, p, self.organisation_meant)
        role, affiliation = (role_of(noun, found), found.name) if found else (noun_phrase(noun), "")
        kind = kind_of(role, affiliation, self.org_types.get(affiliation, ""))
        name = self.name_of(p, ent)
        return self.named_in_full.setdefault(name, Speaker(name, kind, role, affiliation))

    def bare_name(self, p: int, token: Token) -> Speaker | None:
        """A proper noun that the entity recogniser missed: a known person by last name, else a name; an organisation
        with all the words of its name, also those the parser hung elsewhere ("Orvik Energy and Baltren Power")."""
        mentioned = (name for pos, name, _ in self.people if pos == (p, token.i))  # "Raj says" after "Raj Mehta"
        text = clean_name(noun_phrase(token), "PERSON")  # "Baptiste-Morrow", a surname of three tokens
        person = self.person_named(whole_word(token)) or self.person_named(text) or next(mentioned, "")
        if not person and " " not in text:  # "Lesia laughs" after Lesia Hryniuk, "Lesia" taken for a nationality
            person = owner_of_given_name((n for pos, n, _ in self.people if pos < (p, token.i)), text)
        if not person and (known := self.spoke_before(p, token.i, whole_word(token))):  # "Vu, a professor, said"
            found = self.unrecognised(p, token, text)  # after "Isabelle Vu said", with what it says of her
            return replace(found, name=known) if found.kind != "institution" and found.role else self.person(known)
        if company := self.clipped_company(p, token, text) or body_opened_by(self, p, token):  # "Coastal Link said it
            return Speaker(company, "institution")  # …" after "Coastal Link Ferries"; "Coralink said" opening one
        if not person and which_follows(token.doc[token.left_edge.i : token.i + 1]):  # "Pact Screen, which
            return Speaker(clean_name(noun_phrase(token), "ORG"), "institution")  # represents producers, said"
        if full := self.fuller(person, token):  # "Pollster Isabelle Nguyen", untagged, when
            found = self.unrecognised(p, token, text)  # the article tags only the later "Nguyen said"
            if found.kind != "institution":
                self.named_in_full.setdefault(full, replace(found, name=full))
                return replace(found, name=full)
        if person:
            return self.person(person)
        text = numbered_local(self.docs, p, text)  # "Unifor Local" + "4410"
        if token.lower_ in ORGANISATION_HEADS:
            found = organisation_at(token, self, p)
            named = found.name if found is not None and not found.place else clean_name(noun_phrase(token), "ORG")
            return Speaker(named, "institution")
        if " " not in text and described_untagged(self.docs[:p], text):  # "Polgaz said" after "the state gas
            return Speaker(text, "institution")  # company Polgaz", both untagged
        if text[:1].isupper() or name_after_role(token):  # "Opposition MP Kwame Asante", untagged
            return self.unrecognised(p, token, text)
        return Speaker(body, "institution") if (body := named_after_body_noun(token)) else None  # "rights group X"

    def fuller(self, person: str, token: Token) -> str:
        """The first and last name of an untagged name ("Pollster Isabelle Nguyen said") when the person the article
        knows by that word has a name of one word only (the later "Nguyen" it tagged), or another given name ("Ana
        Ruiz" after "Tomas Ruiz"); "" otherwise."""
        return given_and_surname(token) if " " not in person else another_of_family(person, given_and_surname(token))

    def spoke_before(self, p: int, i: int, name: str) -> str:
        """The full name of the one person before token i of paragraph p who spoke, or was named, with `name` as
        surname ("Dhillon told" after "the lawyer, Amrit Dhillon, said", the later name tagged an organisation)."""
        owners = {n for pos, n, _ in self.people if pos < (p, i) and " " in n and surname(n) == name}
        return owners.pop() if len(owners) == 1 else ""

    def clipped_company(self, p: int, token: Token, name: str) -> str:
        """ "Coastal Link said that it had shared its figures" after "Coastal Link Ferries said": a name of several
        words, tagged a person's or a work's or not at all, that opens the name of an organisation named before, and
        whose reported clause has "it" as subject, is that organisation, cut short (its one-word kin: "Codelmar said
        it"); "" otherwise."""
        if " " not in name or not speaks_as_it(token.doc[token.i : token.i + 1]):
            return ""
        spoke = [(pos, s.name) for pos, s in self.spoken if s.kind == "institution"]  # named, or spoke, before
        named = sorted((pos, n) for pos, n in [*spoke, *((pos, n) for pos, n, _ in self.orgs)] if pos < (p, token.i))
        return next((n for _, n in reversed(named) if n.startswith(f"{name} ")), "")

    def body_named_next(self, p: int, noun: Token) -> str:
        """ "A man was shot by police, the province's police watchdog says. The Alberta Serious Incident Response Team
        said …": a body described, not named, before any organisation of the article spoke or acted, is the
        organisation that is the subject of the next sentence (a lede describes whom the next sentence names), which
        may open the next paragraph when the lede is a paragraph of its own that ranks the body (lede_descriptions);
        "" otherwise."""
        doc, sentence = noun.doc, noun.sent
        owner = any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in noun.children)  # not "O'Malley's campaign"
        described = definite(noun) or owner  # "the …", "the province's …"
        acted = any(pos < (p, noun.i) for pos, _ in self.acted_organisations())  # not "police in Red Deer"
        lede_alone = lede_description(p, noun, len(self.docs))
        if acted or sentence.end >= len(doc) and not lede_alone or not described:
            return ""
        q = p + 1 if lede_alone else p
        following = self.docs[q][0].sent if lede_alone else doc[sentence.end].sent
        subject = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
        subject = name_set_off_after_noun(subject, noun) or subject  # "The charity, the X Trust, said"
        ent = self.entity(q, subject) if subject is not None else None
        if ent is None or self.label(q, ent) != "ORG" or self.person_named(self.name_of(q, ent)):
            return ""
        if named_in(self.name_of(q, ent), sentence):  # "… that the RSF attacked. The RSF denied …": another body
            return ""
        if lede_alone and not named_as_lede_said(noun, self.name_of(q, ent)):  # "the local health authority"
            return ""
        self.lede_bodies[noun.lemma_.lower()] = name = self.name_of(q, ent)  # "the watchdog said" later is it too
        return name

    def lede_body(self, noun: Token) -> str:
        """The organisation a lede described by this noun ("the province's police watchdog"), to which a later "the
        watchdog" refers; "" when none."""
        return self.lede_bodies.get(noun.lemma_.lower(), "") if definite(noun) else ""


def title_split_at_hyphen(token: Token) -> Token | None:
    """ "president" of "Northbound's vice-president of environment, Gareth Pryce, told …" parsed with the hyphen as
    the subject and the rest of the title set beside it: the noun of people the title ends in; None otherwise."""
    after = token.doc[token.i + 1] if token.text == "-" and token.i + 1 < len(token.doc) else None
    split = after is not None and after.head == token and after.dep_ == "appos" and after.pos_ == "NOUN"
    return after if split and after.lemma_.lower() in PEOPLE_NOUNS else None


def untagged_name_set_off(title: Token) -> Token | None:
    """A capitalised name the recogniser left untagged, set off after a legislative title ("the MLA for X, Ana
    Ruiz,")."""
    return next(
        (c for c in title.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title and not c.ent_type_), None
    )
