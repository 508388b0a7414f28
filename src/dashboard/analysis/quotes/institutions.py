"""Organisations and groups that speak ("Harbor Re and Vale Re said", "the ministry", "the company", "it", "they"):
`Institutions` keeps those that spoke in an article, so that a later "they", "it" or "the company" is the one that
spoke or was named before, and names an organisation speaking as the article gave it."""

from __future__ import annotations

from operator import itemgetter

from spacy.tokens import Span, Token

from dashboard.analysis.names import ORGANISATION_HEADS, corrected_label, words
from dashboard.analysis.quotes.acted_bodies import PUBLIC_NOUNS, TRADE_NOUNS, body_that_acted, plies_trade
from dashboard.analysis.quotes.affiliations import organisation_at
from dashboard.analysis.quotes.body_phrases import (
    body_in_apposition,
    fields_joined_before,
    first_word,
    may_mean,
    without_media_noun,
)
from dashboard.analysis.quotes.business_keepers import keeps_business
from dashboard.analysis.quotes.coordinated_groups import coordinated_group
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.employers_only import body_acting_over_employer
from dashboard.analysis.quotes.experts_firms import firm_of_experts_before
from dashboard.analysis.quotes.far_companies import only_company_named
from dashboard.analysis.quotes.holders_bodies import body_of_holder_before
from dashboard.analysis.quotes.kind_nouns import kind_named_last
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.last_speakers_company import company_of_last_speaker
from dashboard.analysis.quotes.last_word_bodies import body_named_by_last_word
from dashboard.analysis.quotes.lexicon import COMPANY_NOUNS, PLIED_BY_COMPANIES, PUBLIC_BODY_NOUNS
from dashboard.analysis.quotes.members_bodies import opened_for_it
from dashboard.analysis.quotes.named_last import (
    company_named_last,
    department_named_last,
    only_one_named,
    public_body_named_last,
    union_named_last,
)
from dashboard.analysis.quotes.named_pairs import named_pair_before
from dashboard.analysis.quotes.named_since import named_by_noun_since
from dashboard.analysis.quotes.names_without_fields import cut_before_field
from dashboard.analysis.quotes.organisations import (
    INTERNATIONAL,
    PUBLIC,
    clipped_from,
    is_agency,
    is_seat_of_government,
    organisation_type,
)
from dashboard.analysis.quotes.own_word_bodies import not_of_another_noun
from dashboard.analysis.quotes.owned_campaigns import campaign_of_owner
from dashboard.analysis.quotes.people import People, Speaker
from dashboard.analysis.quotes.reported_groups import group_reported_before
from dashboard.analysis.quotes.spoken_nouns import body_spoken_as
from dashboard.analysis.quotes.state_bodies import is_state_body_noun, state_body_that_spoke
from dashboard.analysis.quotes.tied_descriptions import body_tied_to_noun
from dashboard.analysis.quotes.traded_shares import company_of_shares
from dashboard.analysis.quotes.union_locals import local_named_before, numbered_local
from dashboard.analysis.quotes.untagged_bodies import untagged_body_named
from dashboard.analysis.untagged_names import untagged_start

#: Last words of public bodies' names that go on with "for ..." ("Commission for Latin America").
_BODY_HEADS = frozenset({"commission", "office", "centre", "center", "institute", "council", "committee", "agency"})
_FOR_HEADS = ORGANISATION_HEADS | _BODY_HEADS
#: Nouns that may mean any kind of non-public body ("the charity", "the organisation", "the group").
_ANY_BODY_NOUNS = words("charity organisation organization group ngo agency")
#: Labels of entities that name no speaker, which the recogniser may give a role ("the Green MEP").
_NOT_NAME_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
#: Nationality words that may end a name the recogniser cut short ("Association of British insurers").
_DEMONYM_ENDS = frozenset({"british", "american", "european", "german", "french", "japanese", "chinese", "indian"})


class Institutions(People):
    """The organisations and groups of one article that speak, to resolve "they", "it" and "the company"."""

    def remember_group(self, p: int, i: int, speaker: Speaker) -> None:
        """A group or institution that spoke: a later "they" may refer back to it."""
        if speaker.kind == "institution" or speaker.plural:
            self.spoken.append(((p, i), speaker))

    def speaking_entity(self, p: int, token: Token) -> Span | None:
        """The entity a subject token is part of; none for a role the recogniser took for a work or an event ("the
        Green MEP said"), which names no one and may be the person just named."""
        ent = self.entity(p, token)
        works = ent is not None and self.label(p, ent) in _NOT_NAME_LABELS and token.lower_ in ROLE_WORDS
        return None if works else ent

    def owned_body_name(self, p: int, token: Token, ent: Span) -> str:
        """The name of a body a noun describes by the name before it: that name, but "the Unite Workers union" keeps
        its noun, "the UN refugee agency" is an international body's agency named by its field, and "the Ostland
        defence ministry" a state's ministry."""
        name, between = self.name_of(p, ent), token.doc[ent.end : token.i]
        if token.lemma_.lower() == "union" and token.i == ent.end:
            return f"{name} {token.text}"
        field = all(t.text.islower() and t.dep_ in ("compound", "amod") for t in between) and token.text.islower()
        opens = all(t.dep_ == "det" for t in token.doc[token.left_edge.i : ent.start])
        owner = organisation_type(name) == INTERNATIONAL or token.lemma_.lower() == "ministry"
        return token.doc[ent.start : token.i + 1].text if between and field and owner and opens else name

    def _recent_group(self, p: int, i: int) -> Speaker | None:
        """ "they said": the coordinated subject of the sentence before ("The chief and council … They say"), else
        the group or body that spoke last, in this paragraph or the one before."""
        they = self.docs[p][i]  # "The chief and council … They say"; "Economists at Y expect X, they said"
        group = coordinated_group(self, p, they) or named_pair_before(self, p, they)  # "Ada Roe and Tom Lind …"
        if (group := group or group_reported_before(self, p, they)) is not None:
            return group
        before = [s for pos, s in self.spoken if pos < (p, i) and pos[0] >= p - 1]
        return before[-1] if before else None

    def _recent_org(self, p: int, i: int, *, named: bool = True) -> Speaker | None:
        """ "it said": the organisation that spoke or was the subject of a clause last, else (when `named`) the one
        named last (organisations before places)."""
        spoke = [(pos, s) for pos, s in self.spoken if pos < (p, i) and pos[0] >= p - 1 and s.kind == "institution"]
        acted = [(pos, Speaker(name, "institution")) for pos, name in self._subject_orgs if (p - 1, 0) <= pos < (p, i)]
        acted += [(pos, Speaker(name, "institution")) for pos, name in self._owners_of_its(p, i)]
        if spoke or acted:  # as it spoke when it spoke there, else as named ("Nordic Steel cut its forecast. It said")
            return max(spoke + acted, key=itemgetter(0))[1]
        if not named:
            return None
        before = [(label == "ORG", pos, name) for pos, name, label in self.orgs if pos < (p, i) and pos[0] >= p - 1]
        return Speaker(max(before)[2], "institution") if before else None

    def _owners_of_its(self, p: int, i: int) -> list[tuple[tuple[int, int], str]]:
        """ "Halvorsen Lumber will close its sawmill. It said …": the names, before token i of paragraph p or in the
        paragraph before, that the recogniser took for a person's but whose own clause calls its things "its"."""
        found = []
        for q in range(max(0, p - 1), p + 1):
            for ent in self._ents[q]:
                root = ent.root
                if (q, ent.start) >= (p, i) or self.label(q, ent) != "PERSON" or root.dep_ != "nsubj":
                    continue
                verb = root.head
                owned = [t.head for t in verb.subtree if t.lower_ == "its" and t.dep_ == "poss" and t.i > ent.end]
                if any(o.head == verb or o.head.dep_ == "prep" and o.head.head == verb for o in owned):
                    found.append(((q, root.i), self.name_of(q, ent)))
        return found

    def _organisations_speaking(self, p: int, ent: Span) -> str:
        """An organisation's name as a speaker: with the one it is joined to ("Harbor Re and Vale Re said"), with
        the words the recogniser cut off ("Commission for Latin America", "Association of British insurers"), and
        with the "'s" that ends it ("Moody's said", which possesses nothing)."""
        name, doc, end = without_media_noun(self.name_of(p, ent)), ent.doc, ent.end
        ends_in_s = ent[-1].tag_ == "POS" and ent[-1].lower_ in ("'s", "\u2019s") and ent.root.dep_ != "poss"
        if ends_in_s and len(ent) > 1 and name.endswith(ent[-2].text):  # not when it stands for a longer full name
            name = f"{name}{ent[-1].text}"
        spoken = [
            s.name
            for pos, s in self.spoken
            if pos < (p, ent.start) and opened_for_it(s.name, name)  # not "X and Y", not "X Pilots Association"
        ]
        if spoken:  # as the article gave it in full when it spoke before, not with another it spoke with
            return spoken[-1]
        named = [(pos, s.name) for pos, s in self.spoken] + [(pos, n) for pos, n, _ in self.orgs]  # spoke first
        cut = (n for pos, n in named if pos < (p, ent.start))  # "the Fed", "the X Authority", "the X Institute"
        clipped = [n for n in cut if clipped_from(name, n) or cut_before_field(name, n)]
        if clipped:  # "the Fed said" after "The Federal Reserve left rates unchanged"
            return clipped[0]
        if longer := body_named_by_last_word(ent, named, (p, ent.start)):  # "the Nation said" (last_word_bodies)
            return longer
        start = untagged_start(ent) if corrected_label(ent) == "ORG" else ent.start  # "utility Energia Atlantica"
        start = min(start, fields_joined_before(ent))  # "the Energy and Mines Ministry"
        if start < ent.start:
            name = f"{doc[start : ent.start].text} {name}"
        if end + 1 < len(doc) and doc[end].lower_ == "for" and ent[-1].lower_ in _FOR_HEADS:
            taken = end + 1
            while taken < len(doc) and doc[taken].pos_ == "PROPN":
                taken += 1
            name = f"{name} {doc[end:taken].text}" if taken > end + 1 else name
        elif end < len(doc) and ent[-1].lower_ in _DEMONYM_ENDS and ent[-1].head.i == end and doc[end].tag_ == "NNS":
            name = f"{name} {doc[end].text}"
        return name

    def joined(self, p: int, token: Token, speaker: Speaker) -> Speaker:
        """ "Harbor Re and Vale Re said": an organisation speaking together with the organisations joined to it, all
        named in reading order; not when one of them is no organisation ("Vale Re and its union said")."""
        if speaker.kind != "institution" or token.pos_ != "PROPN":
            return speaker
        doc, start = token.doc, token.left_edge.i
        own = self.entity(p, token)
        partners = [t for t in token.conjuncts if not start <= t.i <= token.i and (own is None or t not in own)]
        if not partners and start > 1 and doc[start - 1].lower_ == "and" and doc[start - 2].dep_ in ("nsubj", "conj"):
            partners = [doc[start - 2]]  # parsed as two subjects of the one verb
        joiners = {t.lower_ for t in doc[min(t.i for t in (token, *partners)) : max(t.i for t in (token, *partners))]}
        named = [(t.i, organisation_at(first_word(t), self, p)) for t in partners]
        if not named or "and" not in joiners or joiners & {"or", "nor"}:  # "the Iran Sanctions Act, or ISA,"
            return speaker
        if any(found is None or found.place or found.name in speaker.name for _, found in named):
            return speaker
        names = [name for _, name in sorted([(token.i, speaker.name), *((i, found.name) for i, found in named)])]
        return Speaker(f"{', '.join(names[:-1])} and {names[-1]}", "institution")

    def _org_named(self, p: int, token: Token) -> str:
        """ "the company" -> the organisation that spoke or was a clause's subject last, in this paragraph or the one
        before; "the ministry" (or "the company" with none so near) -> the organisation named before whose name has
        that word; not another candidate's campaign for "her campaign"."""
        return campaign_of_owner(self, p, token, self._org_named_before(p, token))

    def _org_named_before(self, p: int, token: Token) -> str:
        """The organisation "the <noun>" stands for by what was named before it (see `_org_named`)."""
        the = definite(token)
        if token.lemma_.lower() in COMPANY_NOUNS and the and token.tag_ == "NN":
            public = token.lemma_.lower() in PUBLIC_BODY_NOUNS  # "the regulator" is the agency, not the bank
            of_state = token.lemma_.lower() in PUBLIC_NOUNS  # "the agency" is no drugmaker that spoke
            recent = [
                (pos, name)
                for pos, name in self.acted_organisations()
                if p - 1 <= pos[0]
                and pos < (p, token.i)
                and name
                and (not public or PUBLIC & {organisation_type(name), self.org_types.get(name)})
                and not (of_state and plies_trade(self, name))
                and may_mean(name, token)
            ]
            recent = not_of_another_noun(self.orgs, p, token, recent)  # "the agency", no ministry that spoke since
            here = self.missed_organisation(p, token.i, before=False) if recent and max(recent)[0][0] < p else ""
            if traded := company_of_shares(self, p, token):
                return traded  # "Veltrane shares sank after the company said", though an analyst's firm spoke since
            if firm := firm_of_experts_before(self, p, token, recent):
                return firm  # "Analysts at Y said … the Fed kept rates high. The bank said": Y
            if holder := body_of_holder_before(self, p, token, recent):
                return holder  # "Elmside’s chief executive declined an interview. In a statement, the company said"
            if described := body_tied_to_noun(self, p, token, recent):
                return described  # "Lyme Watch, a patient group … The group says", though a maker was named since
            if recent:  # one that acted in this paragraph, though the recogniser missed its name, comes first
                since = named_by_noun_since(self.orgs, p, token, max(recent)[0])  # "… run by the X Agency. The agency"
                return numbered_local(self.docs, p, here or since or max(recent)[1])
        spoken = [s.name for pos, s in self.spoken if pos < (p, token.i) and s.kind == "institution"]
        named = body_acting_over_employer(self, p, token, self._body_named(p, token, spoken, the))
        return numbered_local(self.docs, p, named)  # "the bank": not an expert's employer, when a bank acted

    def _body_named(self, p: int, token: Token, spoken: list[str], the: bool) -> str:
        """The organisation "the <noun>" names when none that acted in this paragraph or the one before fits."""
        return (
            self.named_with_word(p, token, spoken)  # as it spoke, else as named
            or (named := self.named_with_word(p, token))  # unless it spoke before by that noun, and another's name
            and (body_spoken_as(self.docs, p, token, self.spoken) or named)  # has the word ("Citizens Utility Board")
            or self._state_body_that_spoke(p, token)
            or (company_named_last(self, p, token.i) if token.lemma_.lower() in TRADE_NOUNS and the else "")
            or (self.missed_organisation(p, token.i) if token.lemma_.lower() in COMPANY_NOUNS and the else "")
            or (local_named_before(self.docs, p, token.i) if token.lemma_.lower() == "union" and the else "")
            or (union_named_last(self, p, token.i) if token.lower_ == "union" and the else "")
            or (department_named_last(self, p, token) if the else "")
            or (body_that_acted(self, p, token.i, token.lemma_.lower()) if the else "")
            or (company_of_last_speaker(self, p, token) if the else "")
            or untagged_body_named(self.docs, p, token)
            or (only_one_named(self, p, token) if token.lemma_.lower() in _ANY_BODY_NOUNS and the else "")
            or (public_body_named_last(self, p, token.i) if token.lemma_.lower() in PUBLIC_BODY_NOUNS and the else "")
            or (only_company_named(self, p, token) if token.lemma_.lower() in TRADE_NOUNS and the else "")
        )

    def body_meant(self, p: int, token: Token) -> Speaker | None:
        """A seat of government speaking for the government ("Downing Street said"), the agency a description
        stands for ("The UN children's agency said" after UNICEF was named), or the body a description of the
        speaker is set beside ("Its largest shareholder, the Ostland sovereign wealth fund, said")."""
        words = [t for t in token.children if t.dep_ in ("compound", "nummod") and abs(t.i - token.i) == 1]
        seat = " ".join(t.text for t in sorted([token, *words], key=lambda t: t.i))
        if is_seat_of_government(seat):
            return Speaker(seat, "institution")
        agency = self._agency_meant(p, token) or body_in_apposition(token) or kind_named_last(self, p, token)
        return Speaker(agency, "institution") if agency else None

    def _agency_meant(self, p: int, token: Token) -> str:
        """ "The UN children's agency said" after UNICEF was named: the agency of an international body named last,
        in this paragraph or the one before; "" when the description names no international body or none was named."""
        if not token.text.islower() or not is_agency(token.lower_):
            return ""
        owners = [self.entity(p, t) for t in token.doc[token.left_edge.i : token.i]]
        owner = next((self.name_of(p, e) for e in owners if e is not None and self.label(p, e) == "ORG"), "")
        if organisation_type(owner) != INTERNATIONAL:
            return ""
        named = self.orgs_just_before(p, token.left_edge.i)
        agencies = [(pos, name) for pos, name in named if name != owner and is_agency(name)]
        return max(agencies)[1] if agencies else ""

    def _state_body_that_spoke(self, p: int, token: Token) -> str:
        """ "The department added" after "Transport Canada said": the state body that spoke or acted last, though its
        name lacks the noun; not "the transport ministry", whose words tell another body."""
        if not is_state_body_noun(token) or [t.lower_ for t in token.subtree] != ["the", token.lower_]:
            return ""
        return state_body_that_spoke(self.docs, p, token, self.acted_organisations())

    def company_plying(self, p: int, token: Token) -> Speaker | None:
        """ "Drax Mining will build a mine. … The miner said": a trade that companies ply as well as people, said of
        the company that spoke or acted last; "the grain trader", any trade in the field a company's name gives, of
        that company; None when the noun is no such trade or none did."""
        the = definite(token)
        described = any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.children)
        plied = token.lemma_.lower() in PLIED_BY_COMPANIES
        if keeps_business(token):
            return None  # "the motel owner" is the one who owns the motel, not the motel
        fields = {c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod") and c.text.islower()}
        if not the or described or token.tag_ != "NN" or not plied and not fields:
            return None
        name = body_that_acted(self, p, token.i, "company") or (company_named_last(self, p, token.i) * (not plied))
        named_so = plied or bool(fields & set(name.lower().split())) and organisation_type(name) == "company"
        return Speaker(name, "institution") if name and named_so else None
