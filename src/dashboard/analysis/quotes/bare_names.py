"""Mentions of a person by a part of their name that the recogniser left untagged: "Sand disagreed" after "Eva Sand",
"Doug is blunt" after "Doug Ferreira" (a first name only one person of the article has, and no one's surname), "Quispe
told" after "Marcelo Quispe Mamani" (the first of two surnames)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import column, entities_of, places_of, places_of_keys, text_of, word_keys
from dashboard.analysis.names import ORGANISATION_HEADS, TITLES, surname, words
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.kinship import KIN_GENDERS
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, INSTITUTION_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.parties import PARTIES
from dashboard.analysis.quotes.phrase_starts import hyphenated
from dashboard.analysis.quotes.roles import opens_no_name
from dashboard.analysis.quotes.self_named import another_of_family
from dashboard.analysis.quotes.topics import MAIN_SUBJECT, subject_rank

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Common nouns that a capitalised word inside a sentence may be, and so no name the tagger missed.
_NOT_MISSED_NAMES = PEOPLE_NOUNS | INSTITUTION_NOUNS | BODY_NOUNS
#: Labels of names that are one person's or body's: a word tagged so is no surname of a name the recogniser missed.
_NAMES_OF_ONE = frozenset({"PERSON", "ORG"})
#: The key of the "conj" arc in the DEP column.
_CONJ = get_string_id("conj")
#: Party words written bare before a full name ("Liberal Ada Lund", "Progressive Conservative Tom Bell").
_PARTY_WORDS = frozenset(PARTIES) | words(
    "liberal green ndp independent libertarian socialist progressive conservative"
)
#: Words that describe a person right before the name ("Pollster", "Justice", "Liberal").
_PERSON_WORDS = PEOPLE_NOUNS | ROLE_WORDS | TITLES | _PARTY_WORDS
#: Words before a surname that are no first name: roles, titles, parties and the nouns of people and bodies.
_NOT_FIRST_WORDS = _NOT_MISSED_NAMES | ROLE_WORDS | TITLES | _PARTY_WORDS


def bare_mentions(
    docs: list[Doc], tagged: list[dict[int, object]], names: Iterable[str]
) -> list[tuple[tuple[int, int], str, int]]:
    """(position, full name, subject rank) of each untagged surname or first name that one person of `names` owns; of
    another of that person's family when an untagged given name of another stands before the surname."""
    owners: dict[str, list[str]] = {}
    firsts: dict[str, list[str]] = {}
    full = [name for name in names if len(name.split()) > 1]
    for name in full:
        owners.setdefault(surname(name), []).append(name)
    for first_surname, name in _first_of_two_surnames(full):
        if first_surname not in owners:
            owners[first_surname] = [name]
    listed: dict[str, set[str]] = {}  # "Liberal Anita Sharma" in a list of candidates the recogniser tagged but her
    for name in listed_untagged(docs, tagged):
        if name not in full and (last := surname(name)) not in owners:
            listed.setdefault(last, set()).add(name)
    owners |= {last: sorted(names) for last, names in listed.items()}
    for name in full:
        if (first := name.split()[0]) not in owners and first.istitle() and first.isalpha():
            firsts.setdefault(first, []).append(name)
    for name in _kin_named(docs, names):  # "their daughter, Kayla." and then "Kayla, 24, came home …" untagged
        if name not in owners and name not in firsts:
            firsts[name] = [name]
    found = []
    wanted = word_keys(owners.keys() | firsts.keys())  # the same names for every paragraph: their keys made once
    for p, doc in enumerate(docs):
        for token in (doc[i] for i in places_of_keys(doc, wanted)):  # most words: no one's name
            if token.i in tagged[p] and (token.text not in listed or tagged[p][token.i].label_ in _NAMES_OF_ONE):
                continue  # a surname of a listed name tagged a place or work ("Sharma argued") is hers all the same
            if len(hyphenated(token)) > 1:
                continue  # "Tanaka-Pell" is no mention of her son "Simon Pell", nor "Jean-Luc" of "Jean Roy"
            fitting = owners.get(token.text) if _reads_as_name(token) else None  # "Bighetty points to …", an adjective
            fitting = fitting or (firsts.get(token.text) if _reads_as_name(token) else None)
            if fitting and len(fitting) == 1:  # "Shane Pellegrino" untagged beside "Kylie Pellegrino": another
                kin = another_of_family(fitting[0], given_and_surname(token)) if token.i else ""  # of the family
                found.append(((p, token.i), kin or fitting[0], _rank(token)))
    return found


def _first_of_two_surnames(full: list[str]) -> list[tuple[str, str]]:
    """("Quispe", "Marcelo Quispe Mamani"): the first of the two surnames of a name of three words, as Spanish and
    Portuguese names give a father's and a mother's, by which an article may call the person; no given name ("Luísa"
    of "Ana Luísa Teixeira") and none that two such names share."""
    found = [(name.split()[1], name) for name in full if len(name.split()) == 3]
    found = [
        (word, name) for word, name in found if word.istitle() and word.isalpha() and not gender_of_given_word(word)
    ]
    shared = {word for word, name in found if sum(w == word for w, _ in found) > 1}
    return [(word, name) for word, name in found if word not in shared]


def _kin_named(docs: list[Doc], names: Iterable[str]) -> set[str]:
    """The one-word names of people the article sets beside a kin noun ("their daughter, Kayla,"): a relative named by
    a first name only."""
    lone = {name for name in names if " " not in name and name.istitle() and name.isalpha()}
    if not lone:
        return set()
    named = (doc for doc in docs if any(name in text_of(doc) for name in lone))  # most paragraphs name none of them
    kin = (doc[i] for doc in named for i in places_of(doc, lone))
    return {t.text for t in kin if t.dep_ == "appos" and t.head.lower_ in KIN_GENDERS}


def listed_untagged(docs: list[Doc], tagged: list[dict[int, object]]) -> list[str]:
    """The full names the recogniser missed in a list of people's names it tagged ("The candidates are Liberal Anita
    Sharma, Progressive Conservative Doug Kirkwood, …"): two or three capitalised words, after any party or title
    word, joined by "and" or a comma to a name tagged a person."""
    found = []
    for p, doc in enumerate(docs):
        if _CONJ not in column(doc, DEP):
            continue  # most paragraphs join no word to another: no list, and no entity's words are read
        for ent in entities_of(doc):
            if ent.label_ != "PERSON":
                continue
            joined = [c for c in ent.root.children if c.dep_ == "conj"] + [ent.root.head] * (ent.root.dep_ == "conj")
            for token in joined:
                if token.pos_ != "PROPN" or token.i in tagged[p] or token.dep_ == "compound":
                    continue
                start = token.i
                while start > 0 and (left := doc[start - 1]).dep_ == "compound" and left.head == token:
                    start -= 1
                while start < token.i and (opens_no_name(doc[start]) or doc[start].lower_ in _PARTY_WORDS):
                    start += 1  # "Liberal", "Progressive Conservative"
                name = doc[start : token.i + 1]
                if 1 < len(name) < 4 and all(_name_word(w, tagged[p]) for w in name) and name.text not in found:
                    found.append(name.text)
    return found


def _name_word(token: Token, tagged: dict[int, object]) -> bool:
    return (
        token.i not in tagged
        and token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and token.lower_ not in _NOT_MISSED_NAMES
    )


def given_and_surname(token: Token) -> str:
    """ "Isabelle Nguyen" of "Pollster Isabelle Nguyen said", "Amrit Dhillon" of "the lawyer, Amrit Dhillon," whose
    first name the recogniser took for an organisation: the capitalised proper nouns right before an untagged surname
    and hung on it, after any title, role or party word, when there are two or three in all; "" otherwise."""
    doc, start = token.doc, token.i
    while start > 0 and (left := doc[start - 1]).dep_ == "compound" and left.head == token and _given_name(left):
        start -= 1
        if start > 1 and _tight_hyphen(doc, start - 1) and _given_name(doc[start - 2]):
            start -= 2  # "Marie-Claude Sabourin": a hyphenated given name is one word of the name
    words = doc[start : token.i + 1]
    before = doc[start - 1].lower_ if start > 0 else ""
    hung = start > 0 and start <= doc[start - 1].head.i <= token.i  # "Fair" of "Fair Vote Veldoria"
    longer = hung and doc[start - 1].is_title and before not in _PERSON_WORDS
    if before in BODY_NOUNS or before in INSTITUTION_NOUNS or longer:
        return ""  # "rights group Open Web Europe": a body's name, whatever the recogniser tagged of it
    described = before in _PERSON_WORDS or token.dep_ == "appos"  # "Pollster Isabelle Nguyen", "the lawyer, X Y,"
    tagged = any(w.ent_type_ for w in words)  # a word tagged an organisation is a name's only beside a description
    surname = token.tag_ == "NNP" and token.is_title and token.is_alpha and token.lower_ not in ORGANISATION_HEADS
    surname = surname and not any(c.dep_ == "det" for c in token.children)  # "the national Gallup Poll"
    count = len(words) - 2 * sum(_tight_hyphen(doc, t.i) for t in words if t.i > start)
    return words.text if 1 < count < 4 and surname and (described or not tagged) else ""


def _given_name(token: Token) -> bool:
    """A word that may be a first name: a capitalised proper noun of letters, no title, role or party word."""
    plain = token.pos_ == "PROPN" and token.is_title and token.is_alpha and _no_longer_name(token)
    return plain and token.lower_ not in _NOT_FIRST_WORDS and token.lower_ not in ORGANISATION_HEADS


def _no_longer_name(token: Token) -> bool:
    """A word of no longer name the recogniser tagged: untagged, or a one-word organisation or person (a first name or
    surname it took for an organisation: "Amrit" of "Amrit Sandhu")."""
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return not token.ent_type_ or alone and token.ent_type_ in ("ORG", "PERSON")


def whole_word(token: Token) -> str:
    """ "Okonkwo-Baines", of which the parser made "Baines" the head: the capitalised words joined by hyphens with no
    space around a token, or the token's own word; a part of a double-barrelled surname is no other person's."""
    doc, start, end = token.doc, token.i, token.i
    while start > 1 and _tight_hyphen(doc, start - 1) and doc[start - 2].is_title:
        start -= 2
    while end < len(doc) - 2 and _tight_hyphen(doc, end + 1) and doc[end + 2].is_title:
        end += 2
    return doc[start : end + 1].text


def _tight_hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _reads_as_name(token: Token) -> bool:
    """A name, though the tagger may take a sentence's first word for an adverb ("Raj is not so sure") or an adjective
    of a noun it took for the verb ("Bighetty points to …")."""
    return token.pos_ in ("PROPN", "NOUN") or (not token.is_stop and _opens_clause(token))


def _opens_clause(token: Token) -> bool:
    """ "Raj is not so sure": the first word of a sentence, right before the verb it heads the sentence with."""
    doc = token.doc
    return token.is_sent_start and token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "ROOT"


def _rank(token: Token) -> int:
    return MAIN_SUBJECT if _opens_clause(token) and token.pos_ != "PROPN" else subject_rank(token)


def name_taken_for_noun(token: Token) -> bool:
    """ "In the film, Okafor argues": a capitalised word inside a sentence, with no determiner, that is no word of
    people or bodies, is a name the tagger took for a common noun."""
    return (
        token.tag_ == "NN"
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.lemma_.lower() not in _NOT_MISSED_NAMES
        and not any(c.dep_ == "det" for c in token.children)
    )


def body_opened_by(cast: People, p: int, token: Token) -> str:
    """ "Coralink countered that …" after "Coralink Terminals" was named: a capitalised word alone that opens a
    sentence, which the tagger took for a common noun because it knows no such word, is the organisation the article
    named, or that spoke, before with a name it is the first word of (the last such); a word that opens a sentence is
    capitalised whatever it is, and the body's name tells it is this one. "" for any other word."""
    alone = [t.i for t in token.subtree] == [token.i] and token.is_sent_start and token.text[:1].isupper()
    if not alone or token.tag_ != "NN" or token.lower_ in _NOT_MISSED_NAMES:
        return ""
    named = [(pos, s.name) for pos, s in cast.spoken if s.kind == "institution"]
    named += [(pos, name) for pos, name, _ in cast.orgs]
    opened = [(pos, name) for pos, name in named if pos < (p, token.i) and name.startswith(f"{token.text} ")]
    return max(opened)[1] if opened else ""
