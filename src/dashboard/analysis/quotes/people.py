"""What an article says about its people: each person's role, affiliation and gender, and where they appear.

Roles and affiliations come from appositions ("X, a fellow at Y,"), premodifiers ("Russian President X") and
"X of Y"; genders from honorifics ("Ms. Smith") and the pronouns of sentences that name only that person."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import doc_span, words_of
from dashboard.analysis.names import (
    GENDERED_TITLES,
    clean_name,
    honorific,
    spelled_one_way,
    surname,
    trade_of_company,
)
from dashboard.analysis.quotes.abbreviated_title_roles import titles_of
from dashboard.analysis.quotes.bare_company_titles import bare_title_beside
from dashboard.analysis.quotes.bare_descriptions import described_bare
from dashboard.analysis.quotes.bare_names import bare_mentions
from dashboard.analysis.quotes.candidate_offices import candidate_in_office
from dashboard.analysis.quotes.central_bank_titles import central_bank_of_title
from dashboard.analysis.quotes.cut_body_heads import body_head_taken_for_person
from dashboard.analysis.quotes.described_types import described_types, describing_nouns
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.far_companies import sole_company_before
from dashboard.analysis.quotes.genders import learn_genders
from dashboard.analysis.quotes.kinds import kind_of, serving_kind
from dashboard.analysis.quotes.last_speakers_company import company_of_colleague
from dashboard.analysis.quotes.marks import quotations_of
from dashboard.analysis.quotes.meant_organisations import ORG_REACH, organisation_referred_to
from dashboard.analysis.quotes.members_subjects import acts_as_subject
from dashboard.analysis.quotes.mentions import Mentions
from dashboard.analysis.quotes.mislabelled_people import described_as_person, place_taken_for_person
from dashboard.analysis.quotes.missed_names import acting_unrecognised, bare_subjects, person_taken_for_organisation
from dashboard.analysis.quotes.noun_named_bodies import set_off_types
from dashboard.analysis.quotes.organisations import COMPANY, clipped_from, organisation_type
from dashboard.analysis.quotes.parent_organisations import parent_organisation
from dashboard.analysis.quotes.particle_owners import particle_surname_owners
from dashboard.analysis.quotes.parties import party_described, party_label_after
from dashboard.analysis.quotes.rate_setters import holds_a_rate_seat
from dashboard.analysis.quotes.roles import ORG_LABELS, describe
from dashboard.analysis.quotes.subjects import calls_its_own
from dashboard.analysis.quotes.titled_bodies import body_of_title, has_chief_named, serves, serves_a_body
from dashboard.analysis.quotes.titled_given_names import holder_of_titled_given_name
from dashboard.analysis.quotes.topics import subject_rank
from dashboard.analysis.quotes.untagged_bodies import untagged_court
from dashboard.analysis.quotes.untagged_full_names import full_name_of
from dashboard.analysis.quotes.untagged_starts import untagged_name_start
from dashboard.analysis.quotes.witnesses import lives_there, witness_kind

#: Words before the title of a name that make it a post no longer held ("former Senator X", "Retired General X").
_PAST_RANKS = frozenset({"former", "retired"})


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: empty name for unnamed sources, the organisation's name for institutions."""

    name: str
    kind: str
    role: str = ""
    affiliation: str = ""
    plural: bool = False


@dataclass
class Profile:
    """What the article says about one person."""

    role: str = ""
    affiliation: str = ""
    gender: str = ""
    pronoun_gender: str = ""  # from a pronoun resolved to the person: rules others out, ranks no one first
    from_apposition: bool = False
    party: str = ""  # from a US legislator's label ("(D-Calif.)"): the affiliation when the article gives no other
    member_of: str = ""  # the party of ", a Republican from Ohio,": the same, but no office (a candidate, a voter)
    role_words: set[str] = field(default_factory=set)
    lives_there: bool = False  # "X, a retired officer who lives in the village,": a witness, not an expert


#: The profile of a name the article tells nothing of, to read only: made once, not at each of thousands of look-ups.
NO_PROFILE = Profile()


class People(Mentions):
    """The people and organisations of one article, in the order they appear, each person with a profile."""

    def __init__(self, docs: list[Doc], entities: list[dict]):
        super().__init__(docs, entities)
        self.profiles: dict[str, Profile] = {}
        self._untagged: set[str] = set()  # people the recogniser took for something else ("Ingrid Sato" as a place)
        self.people: list[tuple[tuple[int, int], str, int]] = []  # (position, name, subject_rank)
        self._subject_orgs: list[tuple[tuple[int, int], str]] = []  # organisations that are a clause's subject
        self.spoken: list[tuple[tuple[int, int], Speaker]] = []  # groups and bodies that spoke, and where
        self.described: list[tuple[tuple[int, int], Speaker]] = []  # unnamed people who spoke ("a spokesman")
        self.parents: dict[str, str] = {}  # organisation -> the one it belongs to ("Hazards Center at X University")
        self._quoted = [quotations_of(doc) for doc in docs]
        named_orgs = [
            (p, ent, label)
            for p, ents in enumerate(self._ents)
            for ent in ents
            if (label := self.label(p, ent)) in ORG_LABELS
        ]
        # (position, name, label): every organisation first, as people's descriptions may name one
        # ("its chief"); then only those that stay organisations once the people are known.
        self.orgs: list[tuple[tuple[int, int], str, str]] = [
            ((p, ent.root.i), self.name_of(p, ent), label) for p, ent, label in named_orgs
        ]
        self.described_nouns = describing_nouns(((p, e) for p, e, label in named_orgs if label == "ORG"), self.name_of)
        typed = ((p, e) for p, e, label in named_orgs if label in ("ORG", "GPE"))  # "pollster Opinia" tagged a place
        self.org_types = described_types(typed, self.name_of) | set_off_types(self._ents)  # "cyber agency, Y,"
        subjects, learned = bare_subjects(self.docs), set()
        for p, ents in enumerate(self._ents):
            for ent in ents:
                label = self.label(p, ent)
                taken = label == "ORG" and person_taken_for_organisation(subjects, self, p, ent)
                mistaken = label == "PERSON" and (place_taken_for_person(ent) or body_head_taken_for_person(ent))
                if label == "PERSON" and not mistaken or described_as_person(ent) or taken:  # not "the X Seminary"
                    self._learn_person(p, ent)
                    learned.add((p, ent.start))
        self.orgs = []
        for p, ent, label in named_orgs:
            name = self.name_of(p, ent)  # "Ana Rute, 52, a nurse," tagged a place is the person, no place
            person = self.person_named(name) if label == "ORG" or (p, ent.start) in learned else ""
            if person:
                self.people.append(((p, ent.start), person, subject_rank(ent.root)))
            else:
                self.orgs.append(((p, ent.root.i), name, label))
                if label == "ORG" and (parent := parent_organisation(self, p, ent)):
                    self.parents.setdefault(name, parent)
                if label == "ORG" and acts_as_subject(ent.root):  # "X said", also "members of X voted"
                    self._subject_orgs.append(((p, ent.root.i), name))
        self.people += described_bare(self, bare_mentions(self.docs, self._ent_at, self.profiles))  # "Sand says"
        self.people.sort()
        learn_genders(self, self.profiles)

    def _full_name(self, p: int, ent: Span) -> str:
        """ "Sato" after "Ingrid Sato", whom the recogniser took for something else or left untagged."""
        return full_name_of(self, p, ent, self._untagged)

    def _learn_person(self, p: int, ent: Span) -> None:
        name = self._full_name(p, ent)
        if self.label(p, ent) != "PERSON" and " " in name:
            self._untagged.add(name)
        profile = self.profiles.setdefault(name, Profile())
        root = ent.root
        subject = subject_rank(root)
        self.people.append(((p, ent.start), name, subject))
        titles = titles_of(ent)  # "Mayor X" read as one name; "“…,” said Coun. X", its title hung on the verb
        role, affiliation, appositive = describe(root, ent, self, p, self.organisation_meant)
        if not appositive:  # "Central bank governor X" after "The Bank of Norland raised …": that bank's governor
            role, affiliation = central_bank_of_title(self.docs, role, affiliation)
        if not role and titles:
            role = " ".join(w for w in titles if w.lower() not in GENDERED_TITLES)
        if role and (
            appositive
            and not profile.from_apposition
            or not profile.role
            or (appositive == profile.from_apposition and len(role) > len(profile.role))
        ):
            profile.role, profile.from_apposition = role, appositive
        beside = bare_title_beside(root, role) or holds_a_rate_seat(role)  # "X, a board member who dissented"
        if not affiliation and (not appositive or beside) and serves_a_body(role):
            affiliation = self._body_spoken_of(p, ent.start, role)  # "Talbot Foods said. … Chief Executive Mara Lind"
        if affiliation.istitle() and " " not in affiliation and not appositive:  # "Court president X": the court
            affiliation = self._body_spoken_of(p, ent.start, f"{affiliation} {role}") or affiliation  # named before
        if not affiliation and not appositive:  # "The German economy ministry said … Economy Minister X" -> Germany
            affiliation = body_of_title(self.docs, p, ent.start, role, self.acted_organisations())
        profile.affiliation = profile.affiliation or affiliation
        profile.party = profile.party or party_label_after(ent)
        profile.member_of = profile.member_of or party_described(root)
        profile.lives_there = profile.lives_there or lives_there(root)
        profile.role_words.update(role.lower().split())  # and a title a clause outweighed ("Warden X, who chairs"),
        profile.role_words.update(w.lower() for w in titles)  # or one before the name an apposition outweighed:
        profile.role_words.update(c.lower_ for w in ent for c in w.lefts if c.i < ent.start and c.dep_ == "compound")
        start = ent.start if words_of(ent.doc).isdisjoint(_PAST_RANKS) else root.left_edge.i  # most: no "former"
        profile.role_words.update(w.lower_ for w in doc_span(ent.doc, start, ent.start) if w.lower_ in _PAST_RANKS)

    def quoted(self, position: tuple[int, int]) -> bool:
        """Whether the mention at (paragraph, token) stands inside quotation marks: whom quoted words name is whom
        they speak of, not who speaks ("“I think Tom will win,” she said")."""
        p, i = position
        spans = self._quoted[p]
        if not spans:
            return False  # most paragraphs quote no one: no token is read
        place = self.docs[p][i].idx
        return any(s <= place < e for s, e in spans)

    def orgs_just_before(self, p: int, i: int, label: str = "", back: int = 1) -> list[tuple[tuple[int, int], str]]:
        """The organisations (of that label, if given) named before token i of paragraph p, in it or the paragraph
        before (or `back` paragraphs), in order, with where each was named."""
        return [(pos, n) for pos, n, found in self.orgs if (p - back, 0) <= pos < (p, i) and label in ("", found)]

    def _body_spoken_of(self, p: int, i: int, role: str) -> str:
        """The organisation the sentences before spoke of, in this paragraph or the one before (else up to ORG_REACH
        back): the last one that was the subject of a clause, else the only one named, else the company of a fellow
        officer who spoke last ("Chief financial officer X said … Chief executive Y said"), when the title serves it;
        else, for a judge, a court named there that the recogniser missed."""
        named = self.orgs_just_before(p, i, "ORG") or self.orgs_just_before(p, i, "ORG", ORG_REACH)
        named = [(pos, name) for pos, name in named if not self.quoted(pos)]  # "“Cartels hurt us,” Commissioner X"
        acted = [name for (q, k), name in named if subject_rank(self.docs[q][k])]  # "the lender, X Bank, said"
        company = acted[-1] if acted else named[0][1] if len({name for _, name in named}) == 1 else ""
        company = company if named else sole_company_before(self, p, i) or company_of_colleague(self, p, i, role)
        company = next((n for _, n, _ in self.orgs if clipped_from(company, n)), company)  # "the Fed": Federal Reserve
        if serves(role, company) and company not in self.profiles:
            return company
        return untagged_court(self.docs, p, i, role, ORG_REACH)  # "Kenya's High Court", which a dateline hid

    def _fitting_name(self, p: int, ent: Span) -> str:
        """The full name of a mention; "Mr. Obama" is not "Michelle Obama" when the article names both."""
        name = self.name_of(p, ent)
        name = holder_of_titled_given_name(self.profiles, name) or name  # "Father Tomas" after "Father Tomas Rill"
        gender = honorific(ent)
        if not gender or self.profiles.get(name, NO_PROFILE).gender in ("", gender):
            return name
        last = surname(name)
        fitting = [n for n, prof in self.profiles.items() if surname(n) == last and prof.gender in ("", gender)]
        return fitting[0] if fitting else clean_name(ent.text, "PERSON")

    def organisation_meant(self, p: int, token: Token) -> str:
        """The organisation "its", "the council's" or "a company spokesman" means (`organisation_referred_to`)."""
        return organisation_referred_to(self, p, token)

    def acted_organisations(self) -> list[tuple[tuple[int, int], str]]:
        """Where each organisation spoke or was a clause's subject, and its name; not one that is the subject of
        quoted words ("“Brask Bank failed us,” the authority said")."""
        subjects = [(pos, name) for pos, name in self._subject_orgs if not self.quoted(pos)]
        return [(pos, s.name) for pos, s in self.spoken if s.kind == "institution"] + subjects

    def missed_organisation(self, p: int, i: int, *, before: bool = True) -> str:
        """A name the recogniser missed that was the subject of a main clause before token i of paragraph p, in it
        or (when `before`) the paragraph before; no person's."""
        for q, end in ((p, i), (p - 1, None))[: 1 + before]:
            name = acting_unrecognised(self.docs[q], end) if q >= 0 else ""
            if name and not self.person_named(name) and not self.surname_of_someone(name.split()[-1]):
                return name
        return ""

    def named_with_word(self, p: int, token: Token, names: list[str] | None = None) -> str:
        """The last of `names` (by default the organisations named before the token) whose name has the token's
        word, whatever its spelling ("the centre" -> "Nordic Policy Center"), or that the article described by it
        ("the agency" -> "credit rating agency Northstar Ratings")."""
        if names is None:
            names = [name for pos, name, _ in self.orgs if pos < (p, token.i)]
        word, noun = spelled_one_way(token.lower_), token.lemma_.lower()
        the = definite(token)
        noun = noun if the else ""  # not "a company he owns"
        return next(
            (
                name
                for name in reversed(names)
                if {word, f"{word}s"} & set(spelled_one_way(name.lower()).split())  # "the airline": "X Airlines"
                or noun in self.described_nouns.get(name, ())
            ),
            "",
        )

    def unrecognised(self, p: int, token: Token, name: str) -> Speaker:
        """A name the recogniser missed, as a speaker with what its description says ("Pia Rask, head of research at
        Nordfjell Securities,")."""
        first = min([c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"], default=token.i)
        start = untagged_name_start(token.doc, first, token.i)  # "Tory MP Clive Arden", "Commission Chair Ann Roe"
        named = Span(token.doc, start, token.i + 1, label="PERSON")
        name = clean_name(named.text, "PERSON") if start > first else name
        role, affiliation, _ = describe(token, named, self, p, self.organisation_meant)
        known = not affiliation and organisation_type(name) not in ("", COMPANY)  # "Fitch said", "Ofgem said"
        its = " " not in name and calls_its_own(token)  # "Milkara said costs would delay its plant"
        tagged = self.names_an_organisation(name) or has_chief_named(name, self.profiles.values())  # "Ardenza said"
        tagged = tagged and " " not in name and not self.ends_a_longer_name(name)  # tagged, or "Ardenza's CEO X"
        trade = any(c.dep_ == "appos" and trade_of_company(c) for c in token.children)  # "Ostgas, the gas importer,"
        full = self.organisation_called(name) if " " not in name and not role else name  # "Harlow" of Harlow Bank
        if (affiliation == name or known or its or tagged or full != name) and not role or trade:  # "Oxfam said"
            return Speaker(full, "institution")
        if not affiliation and serves_a_body(role):  # "Competition Commissioner X", tagged a work, after the Commission
            affiliation = self._body_spoken_of(p, start, role)
        affiliation = affiliation or body_of_title(self.docs, p, start, role, self.acted_organisations())
        return Speaker(name, kind_of(role, affiliation, self.org_types.get(affiliation, "")), role, affiliation)

    def person(self, name: str) -> Speaker:
        """A person as a speaker; a party the person is only said to belong to makes no office of them."""
        profile = self.profiles.get(name, NO_PROFILE)
        affiliation = profile.affiliation or profile.party
        kind = kind_of(profile.role, affiliation, self.org_types.get(affiliation, ""))
        kind = serving_kind(kind, profile.role, profile.role_words, affiliation)  # "Envoy X, a former diplomat,"
        kind = witness_kind(kind, profile.role_words, profile.lives_there)  # "a retired officer who lives there"
        kind = candidate_in_office(kind, profile.role, profile.role_words)  # "The challenger, Senator X,"
        return Speaker(name, kind, profile.role, affiliation or profile.member_of)

    def person_named(self, text: str) -> str:
        """The full name of a person of the article that `text` names ("Caddell" -> "Pat Caddell")."""
        for name in self.profiles:
            if name == text or (len(name.split()) > 1 and surname(name) == text):
                return name
        owners = particle_surname_owners(self.profiles, text)  # "Le Goff said" after "Jean-Baptiste Le Goff"
        return owners[0] if len(owners) == 1 else holder_of_titled_given_name(self.profiles, text)  # "Sister Agnes"
