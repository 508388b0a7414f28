"""A speaker's role, affiliation and kind from the words around a name, and the words of a noun phrase.

"Philipp Ivanov, a nonresident senior fellow at the Asia Society Policy Institute" gives the role "nonresident senior
fellow" and the affiliation "Asia Society Policy Institute"; "Russian President Vladimir Putin" gives the role "Russian
President"; the kind follows from role words and the kind of organisation (a fellow or a think tank makes an analyst,
a minister or a ministry an official)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import BUSINESS_BEFORE_NAME, GENDERED_TITLES, RANKS, TITLES
from dashboard.analysis.quotes.adverbial_names import beside_title
from dashboard.analysis.quotes.affiliations import Found, Refer, affiliation, described_affiliation
from dashboard.analysis.quotes.clauses_read_as_nouns import clause_read_as_noun
from dashboard.analysis.quotes.courts import court_spoken_at
from dashboard.analysis.quotes.department_titles import department_in_title
from dashboard.analysis.quotes.described_before_bodies import AFFILIATION_PREPS, described_before_organisation
from dashboard.analysis.quotes.envoys import sender_of
from dashboard.analysis.quotes.former_posts_now import now_over_former
from dashboard.analysis.quotes.headed_titles import title_over_name, title_over_portfolio
from dashboard.analysis.quotes.hyphenated_role_fields import of_phrase
from dashboard.analysis.quotes.initialled_owners import initials_opening
from dashboard.analysis.quotes.kinds import OFFICE_WORDS, ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.local_offices import body_is_the_office
from dashboard.analysis.quotes.local_titles import local_opening_title
from dashboard.analysis.quotes.marks import dateline_end
from dashboard.analysis.quotes.mentions import Mentions
from dashboard.analysis.quotes.occasion_titles import title_over_occasion
from dashboard.analysis.quotes.opening_roles import lowered_opening
from dashboard.analysis.quotes.outer_roles import outer_role
from dashboard.analysis.quotes.owned_head_roles import with_head_owner
from dashboard.analysis.quotes.owned_units import owned_unit
from dashboard.analysis.quotes.owner_split_titles import title_split_from_subject, title_under_apposition
from dashboard.analysis.quotes.parties import PARTIES
from dashboard.analysis.quotes.past_posts import former_if_past, former_if_ran_before, former_if_spanned, post_of_clause
from dashboard.analysis.quotes.phrase_starts import hyphenated_office_end, hyphenated_start, phrase_start
from dashboard.analysis.quotes.possessed_body_ends import past_possessed_body
from dashboard.analysis.quotes.possessed_roles import apposed_role
from dashboard.analysis.quotes.present_posts import present_role
from dashboard.analysis.quotes.principals import principal_affiliation
from dashboard.analysis.quotes.seats_in_legislatures import with_seat
from dashboard.analysis.quotes.split_names import name_children
from dashboard.analysis.quotes.titled_parties import party_in_title, words_before_name
from dashboard.analysis.quotes.titles_over_appositions import office_title_before as titled
from dashboard.analysis.quotes.titles_over_past_posts import without_past_posts
from dashboard.analysis.quotes.under_opened_titles import with_under
from dashboard.analysis.quotes.works_at import (
    ROLE_CLAUSES,
    fronted_workplace,
    on_behalf,
    running_now,
    work_verb,
    workplace_of_fund,
)

ORG_LABELS = frozenset({"ORG", "GPE", "FAC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case"})
#: Words of roles, titles and parties, which open no name the recogniser missed ("Justice Ewan Hale wrote").
_NOT_FIRST_NAMES = ROLE_WORDS | TITLES | PARTIES.keys()
#: Titles of rank that go with a name, not a role ("Attorney General Lord Hale" has the role "Attorney General").
_NOBLE_TITLES = frozenset({"lord", "lady", "baroness", "baron"})
#: Verbs that give the name of whom a description describes ("a man named Otto Lind", "a firm called Y").
_NAMING = frozenset({"name", "call"})
#: Lower-case words of a unit of a country that a title names with its place ("Rio de Janeiro state Governor X").
_PLACE_UNITS = frozenset({"state", "province", "county", "region", "city"})
#: Nouns that describe a person: people's nouns and the role words of every kind.
_PERSON_WORDS = PEOPLE_NOUNS | ROLE_WORDS


def describe(root: Token, ent: Span, mentions: Mentions, p: int, refer: Refer | None = None) -> tuple[str, str, bool]:
    """(role, affiliation, from an apposition) of a person mention, from the words around the name; `refer` names the
    organisation that "its" or "the company's" in a description means."""
    doc, found, works = ent.doc, None, ""
    children = without_past_posts(name_children(root, ent), root, ent, mentions.docs)  # "Senator X, a former
    for child in children:  # prosecutor,": the title held now speaks, not the past post
        clause = child.dep_ == "relcl" or child.dep_ == "acl" and on_behalf(child)  # "X, speaking on behalf of Y,"
        verb = work_verb(child) if clause and found is None else None
        if verb is not None:  # "X, who heads Y,", "X, who helps manage $4bn at Y,"
            found = affiliation(workplace_of_fund(child, verb), mentions, p, refer)
            who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in child.children)  # not "whose firm was …"
            runs = found is not None and who and verb.lemma_ in ROLE_CLAUSES  # "who chairs Y", not "who served as …"
            objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
            works = doc[child.i : max(t.i for t in objects) + 1].text if runs and objects else ""
            works = former_if_ran_before(works, found.name if found else "", verb)  # "who led Y until 2019"
        if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS and found is None:  # "X of Y", "X at Y"
            found = affiliation(child.subtree, mentions, p)
        at = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "at"] if child.dep_ == "appos" else []
        if at and found is None:  # "X, head of Africa research at Y,": the parser sets "research at Y" beside X
            found = affiliation(_up_to_comma(at[0]), mentions, p)
    if found is None and root.dep_ == "nsubj":  # "said X, senior vice-president, at Y": the parser hangs "at Y" on
        found = _affiliation_after(root, mentions, p)  # the verb
        court = court_spoken_at(root, ent) if found is None else None  # "Judge X said at the High Court"
        found = affiliation(court.subtree, mentions, p) if court is not None else found
    for child, noun in ((c, apposed_role(c, root, ent)) for c in children):  # "X, one of the firm's chiefs,"
        apposed = child.dep_ == "appos" and child.i > root.i and _role_noun(noun) and _set_off(child)
        if apposed and ((described := _described(noun, mentions, p, refer, found))[1] or not titled(root, ent, noun)):
            return now_over_former(with_head_owner(described, root, mentions, p, refer), noun, children, found)
        if (under := title_under_apposition(child, mentions, p)) is not None and _set_off(child):  # "X, the
            return _described(under[0], mentions, p, refer, under[1] or found)  # Treasury's under secretary,"
        if (attr := post_of_clause(child)) is not None:  # "who is a fellow at Y", "who was (or served as) minister"
            role, body, _ = _described(attr, mentions, p, refer, found)
            role = former_if_past(role, body, child)
            if (now := present_role(child)) is not None:  # "… until last year and is now a senior adviser at Y": Y
                body = _described(now, mentions, p, refer, None)[1] or body
            return role, body, True
    if (split := title_split_from_subject(root, mentions, p)) is not None:  # "the Treasury's Under Secretary for Y,
        return role_of(*split), split[1].name, True  # X,", "The Bank of Y's governor, X,": the owner's
    head = outer_role(root.head, ent)  # "the director of Y, Kenyan economist X", parsed as two appositions
    title = head.pos_ == "PROPN" and _is_person_word(head) and _set_off(root)  # "Britain's Foreign Secretary, X,"
    hyphened = head.pos_ == "ADJ" and _is_person_word(head) and _set_off(root)  # "its director-general, X," (ADJ)
    if beside_title(root) and _set_off(root) and (described := described_before_organisation(head)) is not None:
        return _described(described, mentions, p, refer, found)  # "a spokeswoman for Y (or the company), Ann Ross,"
    if (
        beside_title(root)
        and head.i < root.i
        and (head.pos_ == "NOUN" and (_set_off(root) or _is_person_word(head)) or title or hyphened)
        and not title_over_occasion(head, ent)  # "The moderator, Brightmoor president X": the title describes X
    ):
        return _described(head, mentions, p, refer, found or party_in_title(ent, mentions, p))  # "the mayor, X"
    opening = dateline_end(doc)  # "WASHINGTON (Reuters) - Federal Reserve Chair X": no dateline in the role
    left = [t for t in words_before_name(ent, _MODIFIER_DEPS) if opening <= t.i < ent.start and t.dep_ != "det"]
    left = [] if left and left[-1].dep_ == "cc" else left  # "Walter and Irene Kostiuk": a second name, no role
    unit = head if root.dep_ == "appos" and head.lower_ in _PLACE_UNITS and head.left_edge.i >= opening else None
    if unit is not None and unit.i + 1 == (left[0].i if left else ent.start):  # "Rio state Governor X", "state" taken
        left = list(doc[unit.left_edge.i : ent.start])  # for the subject and X for its apposition
    left = title_over_portfolio(ent, opening) or left or _stranded_role(ent) or title_over_name(ent, opening)
    left = with_under(left, ent)  # "Under Secretary of Commerce X": "Under" parsed as the verb's preposition
    in_role = local_opening_title(left) or sender_of(left, mentions, p) or affiliation(left, mentions, p, refer)
    in_role = in_role or principal_affiliation(left, mentions, p)  # "Lula's adviser X": Lula's country
    in_role = None if in_role and body_is_the_office(in_role.name, doc[left[0].i : ent.start].text) else in_role
    found = in_role if in_role is not None and (found is None or found.place) else found
    role = lowered_opening(_role_text(doc[left[0].i : ent.start], in_role), doc[left[0].i]) if left else ""
    if found is None and role and (at := affiliation(fronted_workplace(root), mentions, p)) and not at.place:
        found = at  # "At the Harbourview Inn, manager X said"
    role = "" if role.lower().endswith(("'s", "\u2019s")) else role  # "the Treasury's": an owner, no role
    role = " ".join(w for w in role.split() if w.lower() not in GENDERED_TITLES and w.lower() not in _NOBLE_TITLES)
    return _without_rank(role).strip(" ,") or works, found.name if found else "", False


def _up_to_comma(preposition: Token) -> list[Token]:
    """The words of a preposition's phrase up to a comma ("at Jefferies", not the "who notes that Y …" after it)."""
    words = list(preposition.subtree)
    return words[: next((i for i, t in enumerate(words) if t.is_punct and t.i > preposition.i), len(words))]


def _stranded_role(ent: Span) -> list[Token]:
    """ "vice-president of sales X said": lower-case words of a role, opened by a role word, hung elsewhere."""
    doc = ent.doc
    if ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    start = ent.start
    while start > 0 and _role_part(doc[start - 1]):
        start -= 1
    while start < ent.start and not _person_word_at(doc[start]):
        start += 1  # "of sales" alone is no role
    opened = start == 0 or doc[start - 1].is_punct or doc[start - 1].is_sent_start and doc[start - 1].is_title
    if 0 < start < ent.start and initials_opening(doc[start - 1]):  # "IAEA chief X", "IAEA" parsed as a verb
        start, opened = start - 1, True
    return list(doc[start : ent.start]) if start < ent.start and opened else []


def _role_part(token: Token) -> bool:
    """A word a role stranded before a name may have: lower-case nouns and adjectives, "of", "and", hyphens."""
    if token.text == "-" or token.lower_ in ("of", "and"):
        return True
    return token.pos_ in ("NOUN", "ADJ") and token.text.islower() and token.is_alpha


def _person_word_at(token: Token) -> bool:
    """Whether a word opens a role: a person's noun or role word, or "vice" of "vice-president"."""
    return token.lower_ in _PERSON_WORDS or token.lower_ in ("vice", "deputy", "senior", "chief", "executive")


def _without_rank(role: str) -> str:
    """ "spokesman Sgt." of "Police spokesman Sgt. X": a rank between an office and a name is no part of the office."""
    words = role.split()
    while len(words) > 1 and words[-1].lower() in RANKS and {w.lower() for w in words[:-1]} & OFFICE_WORDS:
        words.pop()  # "military spokesman Lt. Col."
    return " ".join(words)


def _described(
    noun: Token, mentions: Mentions, p: int, refer: Refer | None, beside: Found | None
) -> tuple[str, str, bool]:
    """(role, affiliation, True) from a description of a person ("a deputy head of Y's claims department")."""
    found = sender_of(noun.subtree, mentions, p) or described_affiliation(noun, mentions, p, refer)
    found = found or principal_affiliation(noun.subtree, mentions, p)  # "Lula's adviser, X,": Lula's country
    if found is None and (first := hyphenated_start(noun)) != noun:  # "the company's vice-president" split in three
        found = described_affiliation(first, mentions, p, refer)
    if found is None and (last := hyphenated_office_end(noun)) != noun:  # "X, vice-president of Y," split in three
        found = described_affiliation(last, mentions, p, refer)  # appositions, with "of Y" on the last
    if found is None or found.place and beside is not None:
        found = beside or found
    role = former_if_spanned(role_of(noun, found), found.name if found else "", noun)  # "minister from 2014 to 2016"
    now = running_now(noun) if "former" in role.casefold().split() else ""  # "a former minister who leads Y"
    return f"{role} {now}" if now else role, found.name if found else "", True


def _affiliation_after(root: Token, mentions: Mentions, p: int) -> Found | None:
    """The organisation of an "at Y" or "of Y" that follows a speaker's name and description but hangs on the verb."""
    doc, end = root.doc, root.right_edge.i + 1
    for child in root.head.children:
        beside = child.dep_ == "prep" and child.lower_ in ("at", "of") and child.i >= end
        if beside and all(doc[k].is_punct for k in range(end, child.i)):
            return affiliation(child.subtree, mentions, p)
    return None


def _role_noun(token: Token) -> bool:
    """A noun that can describe a person, or a role word the tagger took for a name ("a Labour MP"); not a party's
    ("a Republican of Ohio"), a business's ("X, a Stockholm brokerage,"), nor a clause read as nouns (see there)."""
    common = token.lemma_.lower() not in BUSINESS_BEFORE_NAME - _PERSON_WORDS and not clause_read_as_noun(token)
    return (token.pos_ in ("NOUN", "ADJ") and common) or token.pos_ == "PROPN" and token.lower_ in ROLE_WORDS


def _is_person_word(noun: Token) -> bool:
    return noun.lemma_.lower() in _PERSON_WORDS


def _set_off(appositive: Token) -> bool:
    """An apposition set off by a comma or dash ("X, a fellow at Y,"), not a parenthesis or a list."""
    start = appositive.left_edge.i
    return start > 0 and appositive.doc[start - 1].text in (",", "\u2014", "\u2013", "-", "--")


def role_of(noun: Token, found: Found | None) -> str:
    """A role noun with its modifiers (an organisation that opens it left out) and an "of" phrase that names no
    organisation ("professor of law"); a hyphenated role whole ("senior vice-president")."""
    doc = noun.doc
    start = max(phrase_start(hyphenated_start(noun), within_sentence=False), dateline_end(doc))  # no dateline
    end = noun.i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    role = _role_text(doc[start:end], found)
    of = of_phrase(noun, end)  # on the last word of "vice-president" when the parser split it
    inside = of is not None and found is not None and any(t in found.tokens for t in of.subtree)
    if of is not None and (not inside or (at := _field_before_employer(of, found)) > of.i + 1):
        clauses = [t.left_edge.i for t in of.subtree if t.dep_ == "relcl"]  # "friend of Ann's, who was there"
        end = past_possessed_body(doc, min([of.right_edge.i + 1, *clauses])) if not inside else at  # no "at Y"
        role = f"{role} {doc[of.i : end].text}".rstrip(" ,")
    return with_seat(noun, f"{role} {unit}" if inside and (unit := owned_unit(of, found)) else role)  # "of Y's board"


def _field_before_employer(of: Token, found: Found) -> int:
    """Where "at Y" starts in "head of emerging markets research at Y": the lower-case field before the preposition
    of the employer; -1 when the "of" phrase names the organisation itself ("head of Y")."""
    at = next(
        (t for t in of.subtree if t != of and t.dep_ == "prep" and any(f in t.subtree for f in found.tokens)), None
    )
    field = of.doc[of.i + 1 : at.i] if at is not None else []
    return at.i if field and all(t.text.islower() for t in field) else -1


def _role_text(span: Span, found: Found | None) -> str:
    """The words of a role, without the organisation that opens it ("Harbor Re's spokesman" -> "spokesman")."""
    tokens = list(span)
    possessive = found is not None and any(t.tag_ == "POS" and t.head in found.tokens for t in tokens)
    opened = found is not None and tokens and tokens[0] in found.tokens and (possessive or not found.adjective)
    if opened and (possessive or not department_in_title(tokens, found)):  # "US Treasury Secretary" stays whole
        while tokens and (tokens[0] in found.tokens or tokens[0].tag_ == "POS"):
            tokens = tokens[1:]
    while tokens and tokens[0].lower_ == "its":  # "Its organiser" when "its" means no organisation
        tokens = tokens[1:]
    return span.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""


def noun_phrase(token: Token, *, with_preposition: bool = False) -> str:
    """The words of a noun phrase up to its head, without a leading determiner (optionally "… of Y")."""
    doc = token.doc
    start = phrase_start(token, within_sentence=True)
    end = token.i + 1
    if with_preposition:
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS:
                end = max(t.i for t in child.subtree) + 1
                break
    text = doc[start:end].text
    if doc[start].pos_ != "PROPN" and text[:1].isupper() and doc[start].is_sent_start:
        text = text[:1].lower() + text[1:]
    return text


def names_given(noun: Token) -> list[Token]:
    """The proper nouns that name whom a description describes: in apposition ("the mayor, Bill Smith") or after
    "named" or "called" ("the baker, a quiet man named Otto Lind"); a name tagged a person though the tagger took its
    last word for a common noun ("the ambassador, Seo Jae-hoon,", "hoon" a noun) names them too."""
    naming = [c for c in noun.rights if c.dep_ == "acl" and c.lemma_ in _NAMING]
    named = [o for c in naming for o in c.children if o.dep_ in ("oprd", "attr", "dobj")]
    person = [c for c in noun.rights if c.ent_type_ == "PERSON" and c.ent_iob_ == "I"]  # "hoon" of "Jae-hoon"
    proper = [c for c in (*noun.rights, *named) if c.pos_ == "PROPN" or c in person]
    return [c for c in proper if c.dep_ == "appos" or c in named]


def opens_no_name(token: Token) -> bool:
    """A word before a name the recogniser missed that is no part of it: a role, title or party, the hyphen of a
    title ("Secretary-General"), or a word of a name it tagged ("United Nations" of "United Nations Secretary-General
    Amara Osei")."""
    return token.lower_ in _NOT_FIRST_NAMES or token.text == "-" or token.ent_type_ in ("ORG", "GPE", "NORP")
