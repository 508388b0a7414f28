"""Subjects that describe who spoke instead of naming them: by numbers, an age ("the 46-year-old") and a share of
those polled ("four in 10", "nine out of 10"), or by the noun that described them before ("the spokesperson")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.kinship import KIN_GENDERS
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, DOCUMENT_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.people import People, Speaker
from dashboard.analysis.quotes.reported_words import reported_by_a_person
from dashboard.analysis.quotes.subjects import introduced_by_a
from dashboard.analysis.quotes.told_apart import told_apart_by_who
from dashboard.analysis.quotes.who_described import person_by_who

#: Words between a name's comma and the age it gives ("Ann Ross, now 46,", "Ann Ross, aged 46,").
_AGE_LEADS = frozenset({"now", "aged"})
#: The words of an age ("46-year-old", "46 years old").
AGE_WORDS = frozenset({"year", "years", "old"})
#: Things people put their names to that "ask" or "call for" something, no person ("a petition asking the province …").
_APPEALS = frozenset({"petition", "motion", "resolution", "lawsuit", "proposal"})


def an_age(token: Token) -> bool:
    """ "the 46-year-old": a person described by their age alone; or by a description that opens with "the" and an
    age ("The 61-year-old former mayor of Braga said" after the person was named), which refers back as the age alone
    does."""
    if token.lower_ == "old":
        return any(c.lower_ in AGE_WORDS for c in token.children)
    return token.pos_ == "NOUN" and _the_aged(token)


def _the_aged(noun: Token) -> bool:
    """Whether a noun opens with "the" and an age ("the 61-year-old former mayor")."""
    lefts = list(noun.lefts)
    if not lefts or lefts[0].lower_ != "the":
        return False
    return any(c.dep_ == "amod" and c.lower_ == "old" and an_age(c) for c in lefts)


def person_of_age(people: People, p: int, token: Token) -> Speaker | None:
    """ "the 46-year-old": the person the article last gave that age ("Ann Ross, 46,", "Ann Ross, now 46,", "46-year-old
    Ann Ross" or "Ann Ross, who is 46,"), or the person named last when the article never gave that age; when it gave
    the age only in a description with no name ("The 46-year-old striker, signed in May, …"), the person named last
    before that description, whom it stood for."""
    age = next((t.text for t in token.subtree if t.like_num), None)
    found, given, described = "", False, None
    for q, doc in enumerate(people.docs[: p + 1]):
        for t in doc[: token.left_edge.i if q == p else len(doc)]:
            if t.text != age:
                continue
            given = True
            old = next((a for a in (t.head, t.head.head) if an_age(a)), None)
            if old is not None and old.dep_ == "amod" and not old.head.ent_type_ and not people.quoted((q, t.i)):
                described = (q, old)  # "The 29-year-old striker, signed from …": a description, no name
            gap = 2 if t.i >= 1 and doc[t.i - 1].lower_ in _AGE_LEADS else 1  # "Ann Ross, now 46,"
            before = [doc[t.i - gap - 1]] if t.i > gap and doc[t.i - gap].text == "," else []  # "Ann Ross, 46,"
            if t.dep_ == "attr" and t.head.lemma_ == "be" and t.head.dep_ == "relcl":
                before.append(t.head.head)  # "Ann Ross, who is 46,"
            after = [w for w in doc[t.i + 1 : t.i + 6] if w.is_alpha and w.lower_ not in AGE_WORDS][:1]
            for ent in (people.entity(q, w) for w in before + after):
                if ent is not None and people.label(q, ent) == "PERSON":
                    found = people.name_of(q, ent)
                elif ent is not None:  # "Ana Rute, 52," tagged a place: a person all the same
                    found = people.person_named(people.name_of(q, ent)) or found
    if found or not given:
        return people.person(found) if found else _named_last(people, p, token)
    return _named_last(people, *described) if described else None  # the one that description stood for


def _named_last(people: People, p: int, token: Token) -> Speaker | None:
    """ "That is cold comfort to Rajdeep Brar, a student who …. The 23-year-old says …": the person named last before
    an age the article never gave, outside quotations and what a person is reported to have said, in this paragraph or
    the one before and not in a relative clause of another's name; none when that person is named together with
    another ("Mia Ford and her husband run the farm"), either of whom the age may be."""
    named = [m for m in people.people if (p - 1, 0) <= m[0] < (p, token.i) and not people.quoted(m[0])]
    named = [m for m in named if not reported_by_a_person(people, *m[0])]  # not whom a speaker spoke of
    named = [m for m in named if not named_in_anothers_clause(people.docs[m[0][0]][m[0][1]])]
    if not named:
        return None
    (q, i), name, _ = named[-1]
    head = name_head(people.docs[q][i])
    joined = head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
    return None if joined else people.person(name)


def named_in_anothers_clause(name: Token) -> bool:
    """Whether a name stands in a relative clause of another person's name ("Tom Roe, who guarded Ann Lee all night,"
    for Ann Lee): the one a description after means is the person the clause describes, not whom it names."""
    head = name_head(name)
    return any(a.dep_ == "relcl" and a.head.ent_type_ == "PERSON" for a in head.ancestors)


def age_taken_for_modifier(verb: Token) -> Token | None:
    """ "“…,” the 24-year-old said": the age the parser hung on a cue with no subject as its modifier."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ == "amod" and c.i == verb.i - 1 and an_age(c)), None)


def described_before(described: list[tuple[tuple[int, int], Speaker]], p: int, token: Token) -> Speaker | None:
    """ "the spokesperson said" after "A spokesperson for Brightwater Mining said": the unnamed person who spoke last
    with that noun in their role, in this paragraph or the one before; `described` holds who spoke, by position."""
    if token.tag_ != "NN" or [t.lower_ for t in token.subtree] != ["the", token.lower_]:
        return None
    spoke = [s for pos, s in described if (p - 1, 0) <= pos < (p, token.i) and token.lower_ in s.role.lower().split()]
    return spoke[-1] if spoke else None


def described_so(
    people: People, mentions: list[tuple[tuple[int, int], str, int]], p: int, token: Token
) -> Speaker | None:
    """ "the Vermont Democrat": the person last described in apposition with the same words; `mentions` holds where
    the article names each person, in order."""
    if not definite(token):
        return None
    words = _description(token)
    found = ""
    for (q, start), name, _ in mentions:
        if (q, start) >= (p, token.i):
            break
        ent = people.entity(q, people.docs[q][start])
        if ent is not None and any(c.dep_ == "appos" and _description(c) == words for c in ent.root.children):
            found = name
    return people.person(found) if found else None


def described_at_first(people: People, p: int, noun: Token) -> Speaker | None:
    """ "“…,” the father of three said" after "Tomas Reinholt, a father of three from Cole Harbour,": a "the …"
    description of a person with an "of" after its noun, or owned by a body with "the" ("the federation's
    president said" after "Ada Roe, the federation's president and a nurse,"), is the person last described before in
    apposition with words that open with the same ones; None when no one was."""
    owned = any(c.dep_ == "poss" and c.text.islower() and definite(c) for c in noun.children)  # "the union's chief"
    if noun.pos_ != "NOUN" and not (owned and noun.text.islower()):  # "president" of "the union's president": NNP
        return None
    if not owned and not (definite(noun) and any(c.dep_ == "prep" for c in noun.children)):
        return None
    words = _description(noun)
    found = ""
    for (q, start), name, _ in people.people:
        if (q, start) >= (p, noun.i):
            break
        ent = people.entity(q, people.docs[q][start])
        if ent is not None and any(
            c.dep_ == "appos" and _description(c)[: len(words)] == words for c in ent.root.children
        ):
            found = name
    return people.person(found) if found else None


def _description(token: Token) -> list[str]:
    """The words of a description without its determiner and punctuation ("a Vermont Democrat" -> vermont democrat)."""
    return [t.lower_ for t in token.subtree if t.dep_ != "det" and not t.is_punct]


def share_in_numbers(token: Token) -> bool:
    """ "one in three", "about four in 10", "nine out of 10": a share of those polled, said in numbers (read from the
    words, as the parser hangs "in" on either number or on the verb)."""
    if not token.like_num:
        return False
    doc, i = token.doc, token.i
    for words in (["in"], ["out", "of"]):
        n = len(words)
        after, before = doc[i + 1 : i + n + 2], doc[max(0, i - n - 1) : i]
        if len(after) == n + 1 and [t.lower_ for t in after[:n]] == words and after[n].like_num:
            return True
        if len(before) == n + 1 and [t.lower_ for t in before[1:]] == words and before[0].like_num:
            return True
    return False


def someone(token: Token) -> bool:
    """ "a spokesman", "the minister's aide", "the head of the agency": someone the article leaves unnamed, unlike
    "the nominee", which stands for a person it has named."""
    named_so = token.lemma_.lower() in PEOPLE_NOUNS
    return named_so and (introduced_by_a(token) or any(c.dep_ in ("poss", "prep") for c in token.children))


def unnamed_person(token: Token) -> bool:
    """Someone the article leaves unnamed (see `someone`), or one introduced by any noun of no document or body
    ("a conductor who asked not to be named", "a longtime tenant"), whom a pronoun after may mean; not a petition or a
    motion "asking" for something."""
    if someone(token) or person_by_who(token) or told_apart_by_who(token):
        return True  # "an operator …, who asked not to be named,"; "The woman who runs the canteen says"
    lemma = token.lemma_.lower()
    unsaid = lemma in DOCUMENT_NOUNS or lemma in BODY_NOUNS or lemma in _APPEALS
    return (introduced_by_a(token) or counted_as_one(token)) and token.tag_ == "NN" and not unsaid


def spoke_unnamed(token: Token) -> bool:
    """Someone who spoke unnamed whom a later pronoun may mean: see `unnamed_person` and `owned_kin`."""
    return unnamed_person(token) or owned_kin(token)


def owned_kin(noun: Token) -> bool:
    """ "Ruiz-Kell's father, reached by phone, said …": a relative of someone named, told by whose relative they are
    and left unnamed, who spoke, is a person the "he" or "she" of the next quotation may mean (not one who only
    "nods" or "translated", whom a later pronoun need not mean)."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
    return owned and noun.tag_ == "NN" and noun.lemma_.lower() in KIN_GENDERS


def counted_as_one(noun: Token) -> bool:
    """ "One survivor, a farmer …, says …", "one passenger said": a noun counted as one of many is someone new to the
    text, as "a survivor" is, whom the "he" or "she" of the next quotation may mean."""
    return any(c.dep_ == "nummod" and c.lower_ == "one" for c in noun.children)
