"""Names the recogniser mislabelled: a person's ("Helen Park, a professor,", "its spokesperson, Marcus Bell,", "chief
executive Maria Holt", "Justice Ewan Hale") tagged as an organisation or a place, and an organisation's tagged a
person's that speaks of itself as "it" ("Chile's Codelmar said it would cut output")."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from dashboard.analysis.doc_text import column, text_of
from dashboard.analysis.given_surnames import set_beside_an_age
from dashboard.analysis.lone_companies import set_off_as_company
from dashboard.analysis.names import ORGANISATION_HEADS, TITLES, trade_of_company, which_follows, words
from dashboard.analysis.quotes.firm_trades import firm_of_a_workplace
from dashboard.analysis.quotes.kinds import OTHER_WORDS, ROLE_WORDS
from dashboard.analysis.quotes.lexicon import OPENING_TRADES, PEOPLE_NOUNS, PLIED_BY_COMPANIES, WEEKDAYS
from dashboard.analysis.quotes.machine_operators import operates_a_machine
from dashboard.analysis.quotes.marks import DASHES
from dashboard.analysis.quotes.parties import state_of_party_label
from dashboard.analysis.quotes.town_names import town_taken_for_person

#: Lower-case words inside people's names ("Pieter de Ruyter", "Ana da Silva", "Rik van Dam").
_NAME_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "den", "du", "del", "la", "le", "bin", "al"})
#: Nouns of a parent, which describe no place or company ("a mother of two").
_PARENTS = words("mother father grandmother grandfather widow")
#: Nouns that describe a person: people's nouns and the role words of every kind, and a lawyer's title ("its general
#: counsel, Brent Adair,"), which gives no kind of its own (a company's is other, the FBI's an official), and a parent
#: ("Rina, 34, a mother of two,").
_PERSON_WORDS = PEOPLE_NOUNS | ROLE_WORDS | OTHER_WORDS | {"counsel"} | _PARENTS
#: Words among the titles that also open organisations' names ("State Grid", "Crown Estate", "General Atlantic").
_NOT_PERSONAL_TITLES = frozenset({"state", "crown", "general", "foreign", "defence", "defense", "interim", "acting"})
#: Words before a name that make it a person's ("chief executive Maria Holt", "Justice Ewan Hale"), not a trade a
#: company plies as well ("developer Larch Estates").
_BEFORE_NAMES = (_PERSON_WORDS | TITLES) - PLIED_BY_COMPANIES - _NOT_PERSONAL_TITLES
#: Nouns of a home or a relative that "whose" gives only a person ("whose house", "whose daughter").
_HOMES_AND_KIN = words("""
house home flat apartment family son daughter husband wife child children father mother brother sister parent parents
""")
#: Verbs whose subject "it" may stand for nothing ("it would take years", "it seemed", "it was time").
_EMPTY_IT_VERBS = words("be seem appear take remain look become matter make happen mean")


def described_as_person(ent: Span) -> bool:
    """A name the recogniser mislabelled that is described as a person's: followed or preceded by a person's
    description ("Helen Park, a professor", "its spokesperson, Marcus Bell,"), or a plain two- or three-word name
    after a role ("chief executive Maria Holt") or before the organisation the person speaks for ("Petra Lind of
    Kestrel Systems said")."""
    root = ent.root  # read a dozen times below: found once
    if len(ent) > 1 and (ent[-1].lower_ in ORGANISATION_HEADS or ent[0].lower_ in OPENING_TRADES) or which_follows(ent):
        return False  # "Corvane Partners, an activist investor,", "a developer, Larch Estates, which …", "its owner,
        # Minera Cerro Blanco,"
    if state_of_party_label(ent):
        return False  # "Sen. Ann Ross, R-Utah, the chairman of …,": the parser hangs her description on the state
    if root.dep_ == "appos" and set_off_as_company(root):
        return False  # "The quarry's developer, Brenmoor Aggregates, a company listed in Toronto,": set beside a
        # person's noun, the name is a company's all the same
    if any(map(str.isdigit, text_of(ent))) and any(t.text[:1].isdigit() for t in ent):  # no digit: no word read
        return False  # "the 20-year-old, a biology student,": an age, which describes a person but names none
    if ent.label_ != "PERSON" and len(ent) == 1 and ent[0].is_title and set_beside_an_age(ent[0]):
        return True  # "Rohan, 24, a master's student": a pupil or a passer-by named by a given name and an age
    if root.lower_ in WEEKDAYS:
        return False  # "Outside the library on Thursday, Rohan, 24, a student, said": the parser hangs the student on
        # the day
    described = [
        c
        for c in root.children
        if c.dep_ == "appos" and (c.lemma_.lower() in _PERSON_WORDS or operates_a_machine(c))  # "a machine operator"
    ]
    if any(not trade_of_company(c) for c in described):  # "Kasompe, the copper miner," is a company
        return not _opens_dateline(ent)
    parts = (t for t in ent if t.text != "-")  # "Anne-Marie Gagnon" is a name of two words
    named = 2 <= len(text_of(ent).split()) <= 3 and all(map(_name_word, parts)) and ent[-1].is_title
    if named and root.dep_ == "appos" and _set_off(ent) and _served_by_person(root.head):
        return True  # "a lawyer for Carrow Bank, Daniel Frost,": the parser hangs the name on the organisation
    if ent.label_ == "PERSON" or not named:
        return False
    if any(t.lower_ in ORGANISATION_HEADS for t in ent[:-1]):
        return False
    if root.dep_ == "appos" and firm_of_a_workplace(root.head):  # "director of the pollster Sondara"
        return False
    if root.dep_ == "appos" and root.head.lemma_.lower() in _PERSON_WORDS - _rivals_unless_set_off(ent):
        return True  # "its spokesperson, Marcus Bell,"; not "smaller rival Banca Oriola", a company's rival
    if root.dep_ == "appos" and _one_of_people(root.head):
        return True  # "One of the drivers, Idris Mahamat Saleh,": one of the people the noun names
    if root.dep_ != "pobj" and any(c.dep_ == "relcl" and _of_a_person(c) for c in root.children):
        return True  # "Thabo Nkosi, who manages bonds at Y,", "Nino Beridze, whose house was hit,"; not "Democrats on
        # Capitol Hill, who …", whose clause the parser may hang on the place
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    role_before = any(c.dep_ == "compound" and c.i < ent.start and c.lower_ in _BEFORE_NAMES for c in root.lefts)
    of_organisation = any(c.dep_ == "prep" and c.lower_ in ("of", "at") and _names_any(c) for c in root.rights)
    return role_before or of_organisation


def _one_of_people(head: Token) -> bool:
    """ "One of the drivers": "one" whose "of" names people, whom a name set beside it names one of."""
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"] if head.lower_ == "one" else []
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _PERSON_WORDS for c in of for o in c.children)


def _rivals_unless_set_off(ent: Span) -> frozenset[str]:
    """Nouns of a rival, which describe an organisation the recogniser tagged one when no comma sets the name off
    ("smaller rival Banca Oriola"), and a person when one does ("his rival, Tom Birch,")."""
    return frozenset() if _set_off(ent) else frozenset({"rival", "competitor"})


def _of_a_person(clause: Token) -> bool:
    """A relative clause only a person has: "who" its subject, or "whose" a home or kin ("whose house", "whose
    son"), which no organisation's "which" or "whose shares" are."""
    for word in clause.subtree:
        if word.lower_ == "who" and word.dep_ in ("nsubj", "nsubjpass") and word.head == clause:
            return True
        if word.lower_ == "whose" and word.head.lemma_.lower() in _HOMES_AND_KIN:
            return True
    return False


def _served_by_person(organisation: Token) -> bool:
    """The organisation of "a lawyer for Y", "a spokeswoman at Y": a name the object of a preposition on a person's
    noun (not a common noun's: "the author of the book, X," is described by "book")."""
    preposition = organisation.head
    noun = preposition.head
    on_noun = organisation.dep_ == "pobj" and preposition.lower_ in ("for", "of", "at") and noun.i < organisation.i
    on_noun = on_noun and organisation.pos_ == "PROPN"
    return on_noun and noun.pos_ == "NOUN" and noun.lemma_.lower() in _PERSON_WORDS


def _set_off(ent: Span) -> bool:
    """A name set off by a comma before it ("…, Daniel Frost,")."""
    return ent.start > 0 and ent.doc[ent.start - 1].text == ","


def _name_word(token: Token) -> bool:
    """A word of a person's name: a capitalised proper noun, or a particle inside one ("Pieter de Ruyter")."""
    return token.pos_ == "PROPN" and (token.is_title or token.lower_ in _NAME_PARTICLES and token.i > token.sent.start)


def _opens_dateline(ent: Span) -> bool:
    """ "New York (AFP) – Oscar-winning actress Mira Castell …": a place before the agency and the dash of a dateline,
    which the parser may take for the one the words after the dash describe."""
    after = [t.text for t in ent.doc[ent.end : ent.end + 4]]
    return ent.start == 0 and len(after) == 4 and after[0] == "(" and after[2] == ")" and after[3] in DASHES


def _names_any(preposition: Token) -> bool:
    """Whether a preposition's object is a proper noun ("of Kestrel Systems")."""
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in preposition.children)


def title_and_name(run: tuple[Token, ...]) -> bool:
    """A title of office opening a run of proper nouns that names no organisation ("Justice Ewan Hale")."""
    title = run[0].lower_ in TITLES and run[0].lower_ not in _NOT_PERSONAL_TITLES
    return title and len(run) > 2 and not any(t.lower_ in ORGANISATION_HEADS for t in run)


def speaks_as_it(ent: Span) -> bool:
    """ "Chile's Codelmar said it would cut output": a one-word name whose reported clause has "it" doing something
    as its subject speaks as an organisation, whatever the recogniser tagged; not "it would take years", "it is
    time"."""
    if len(ent) != 1 or ent.root.dep_ != "nsubj":
        return False
    for clause in (c for c in ent.root.head.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "it" and clause.lemma_.lower() not in _EMPTY_IT_VERBS:
            return True
    return False


def speaks_as_organisation(ent: Span, name: str) -> bool:
    """A speaker's name the recogniser took for a person's that is an organisation's speaking as itself: a one-word
    name whose clause has "it" doing something (`speaks_as_it`), or a name set off by a clause that "which" opens
    ("Tarn Aviation, which maintained the jet, said"), as no person's name is."""
    return " " not in name and speaks_as_it(ent) or which_follows(ent)


#: Verbs of going somewhere, whose "in"/"to"/"from" phrase names a place ("arrived in Naypyitaw").
_GOING = words("arrive travel fly return go come head land move flee sail drive")
#: The key of the "pobj" arc in the DEP column.
_POBJ = get_string_id("pobj")


def place_taken_for_person(ent: Span) -> bool:
    """ "arrived in Naypyitaw": a one-word name the recogniser took for a person's where someone goes to or from,
    a place ("arrived to see Ann" is no such phrase); a town by its last word ("Pellatt Landing", `town_names`)."""
    if town_taken_for_person(ent):
        return True
    if len(ent) != 1 or column(ent.doc, DEP)[ent.start] != _POBJ:
        return False  # read first, from the columns: the words around most names are never read
    preposition = ent.root.head
    going = preposition.lower_ in ("in", "to", "from", "into") and preposition.head.lemma_.lower() in _GOING
    return ent.root.dep_ == "pobj" and going and preposition.dep_ == "prep"


def name_after_role(token: Token) -> bool:
    """ "Opposition MP Kwame Asante": the last word of a two- or three-word name the recogniser missed, right after a
    role or title word of a phrase a lower-case word opens; not a body named after its noun ("rights group Open
    Web Europe")."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
        if doc[start].lower_ in _BEFORE_NAMES:
            return 2 <= token.i - start <= 3 and token.is_title and not doc[start + 1 : token.i + 1].ents
        if not doc[start].is_title:
            return False
    return False
