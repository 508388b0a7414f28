"""Names the recogniser missed: runs of capitalised words ("Orrin Research", "Smith & Co", "Koster-Vale") that may
name the organisation a description ties a person to, up to a title or a person's name."""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import column, entities_of, entity_of
from dashboard.analysis.names import GENDERED_TITLES, ORGANISATION_HEADS, PERSON_TITLES, TITLES
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.datelined import past_dateline
from dashboard.analysis.quotes.kinds import EXECUTIVE_WORDS, OFFICE_WORDS, OTHER_WORDS, PUBLIC_WORDS
from dashboard.analysis.quotes.owned_bodies import named_by_body_noun
from dashboard.analysis.quotes.possessive_name_marks import possessive_in_name
from dashboard.analysis.quotes.surnames_taken_for_bodies import surname_taken_for_body

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Words that stand before a name as its title, never inside an organisation's name ("Defence" may).
#: Abbreviated titles ("Gov.", "Rep.") included: "Ohio Gov. Ann Ross" is no organisation called "Ohio Gov. Ann Ross".
TITLE_WORDS = (
    PERSON_TITLES
    | GENDERED_TITLES.keys()
    | PUBLIC_WORDS
    | OFFICE_WORDS
    | EXECUTIVE_WORDS
    | OTHER_WORDS
    | {title for title in TITLES if title.endswith(".")}
    | {"rev.", "del.", "hon.", "fr.", "atty."}
)
_JOINERS = frozenset({"&", "-"})
#: The keys of the dependencies of a subject, active and passive.
_SUBJECTS = frozenset([get_string_id("nsubj"), get_string_id("nsubjpass")])
#: The key of the label of a person's name.
_PERSON = get_string_id("PERSON")
#: Cues a sentence may open with before its speaker ("Says chief economist Ann Ross:"), tagged proper nouns.
_CUES_FIRST = frozenset({"said", "says", "added", "adds"})


def proper(token: Token) -> bool:
    """A word that is part of a name the recogniser missed ("Orrin Research", "2Lens"), not a title; a name has a
    capital letter, whatever the tagger says of a lower-case "baker"."""
    if token.lower_ in TITLE_WORDS or token.is_sent_start and (token.pos_ != "PROPN" or token.lower_ in _CUES_FIRST):
        return False  # "Said company spokesman Lars Holm:": the cue opens the sentence
    return token.pos_ in ("PROPN", "NUM", "X", "NOUN") and any(c.isupper() for c in token.text)


def proper_run(token: Token) -> tuple[Token, ...]:
    """The proper nouns next to each other around a token, with "&" and hyphens inside the name ("Koster-Vale")
    and the mark of a plural possessive before a body's noun ("Pilots’ Association"), up to a person's name."""
    doc, start, end = token.doc, token.i, token.i + 1
    while (
        start > 0
        and _continues(doc, start - 1, start)
        and (doc[start - 1].tag_ != "POS" or possessive_in_name(doc, start - 1))
    ):
        start -= 1
    while end < len(doc) and _continues(doc, end, end - 1) and doc[end].ent_type_ != "PERSON":
        end += 1
    while start < end - 1 and _nation(doc[start]) and doc[end - 1].lower_ not in ORGANISATION_HEADS:
        start += 1  # "South African Finance Minister": a nationality opens no name but a company's ("Swiss Re")
    while end > start and doc[end - 1].text in _JOINERS:
        end -= 1
    while start < end and doc[start].text in _JOINERS:
        start += 1
    return tuple(doc[start:end])


def _nation(token: Token) -> bool:
    """A word of a nationality the recogniser found ("South African"), unlike a party's name ("the Free Democrats")."""
    if token.ent_type_ != "NORP":
        return False
    return bool(country_of(entity_of(token).text))


def _continues(doc, i: int, beside: int) -> bool:
    """Whether token i belongs to the same name as its neighbour `beside`: a proper noun, "&" or a hyphen between
    capitalised words ("Smith & Co", "Anglo-American"), or the capitalised word such a joiner leads to."""
    token, far = doc[i], 2 * i - beside
    if possessive_in_name(doc, i) or possessive_in_name(doc, beside):
        return True  # "Physicians’" and "Society" of "Maritime Rural Physicians’ Society"
    if token.text in _JOINERS:
        tight = token.text == "&" or not doc[i - 1].whitespace_ and not token.whitespace_
        return 0 < i < len(doc) - 1 and tight and _capitalised(doc[far])
    if doc[beside].text in _JOINERS:
        return _capitalised(token)
    return proper(token)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit() and any(c.isupper() for c in token.text)


def acting_unrecognised(doc: Doc, end: int) -> str:
    """ "Orsted Wind won the tender": the last name of two or more capitalised words, none of which the recogniser
    tagged, that is the subject of a main clause before token `end`, or that a parse hangs on a dateline's place
    ("NAIROBI (Reuters) - Orsted Wind, the country's largest builder, said", the place taken for the subject)."""
    found = ""
    for token in doc[:end]:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT":
            continue
        token = past_dateline(token) or token  # "NAIROBI (Reuters) - Savanna Star Airlines, …, said"
        if token.ent_type_ or end is not None and token.i >= end:
            continue
        run = proper_run(token)
        words = [t for t in run if t.text not in _JOINERS]  # "Trans-Tasman Food Authority", "Hale & Moss Group"
        if (
            len(words) > 1
            and run[-1] == token
            and all(t.tag_ == "NNP" and t.is_title and not t.ent_type_ for t in words)
        ):
            found = doc[run[0].i : token.i + 1].text
    return found


class Subjects(NamedTuple):
    """Proper nouns that are the subject of a clause somewhere in an article, alone: untagged ("Laurent says"), and
    persons of one word ("Tristan says")."""

    untagged: frozenset[str]
    lone_people: frozenset[str]


def bare_subjects(docs: list[Doc]) -> Subjects:
    """The proper nouns no name tags that are the subject of a clause somewhere in the article ("Laurent says"), and
    the one-word person names that are ("Tristan says") unless the article gives the word as a person's surname ("Trump
    said" after "Donald Trump") or tags it alone as something else ("Trump" as "the Trump Train" it stands for), and
    not in a clause reported by someone ("Aarnes said Nordlys would fly again", a company's short name as often): read
    from the parse as columns of numbers kept on the Doc (`column`), as making a token object of every word costs more
    than the rest of this module."""
    untagged, lone, other_uses = set(), set(), set()  # other uses: a surname, or alone an organisation or place
    for doc in docs:
        tags, iobs, kinds = column(doc, POS), column(doc, ENT_IOB), column(doc, ENT_TYPE)
        deps = column(doc, DEP)
        for i in compress(range(len(deps)), map(_SUBJECTS.__contains__, deps)):  # most words: no subject
            pos, iob, kind = tags[i], iobs[i], kinds[i]
            if pos == PROPN and iob in (0, 2):  # iob 0 or 2: no entity
                untagged.add(doc[i].text)
            elif kind == _PERSON and iob == 3 and (i + 1 == len(iobs) or iobs[i + 1] != 1) and not _reported(doc[i]):
                lone.add(doc[i].text)  # iob 3: an entity begins, and it does not go on (iob 1: inside)
        for ent in entities_of(doc):
            if ent.label_ == "PERSON" and len(ent) > 1 or ent.label_ != "PERSON" and len(ent) == 1:
                other_uses.add(ent[-1].text)
    return Subjects(frozenset(untagged), frozenset(lone - other_uses))


def _reported(subject: Token) -> bool:
    """Whether a subject's clause is reported by someone: the object of a verb of saying, or opened by "that" ("said
    that no one was hurt and that Nordlys would fly again")."""
    verb = subject.head
    return verb.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def person_taken_for_organisation(subjects: Subjects, people: People, p: int, ent: Span) -> bool:
    """Whether `ent` (paragraph p), tagged an organisation, is a person's name: given in full and used apart as a
    person's (`_full_name_taken`), or a surname alone that a "he" or "she" goes on with (`surname_taken_for_body`)."""
    return _full_name_taken(subjects, people.name_of(p, ent), ent) or surname_taken_for_body(people, p, ent)


def _full_name_taken(subjects: Subjects, name: str, ent: Span) -> bool:
    """ "For commuters like Sophie Laurent" tagged an organisation, then "Laurent, a pharmacy technician, says": a
    name of two capitalised words, neither an organisation's word, whose last word alone is elsewhere the subject of a
    clause, untagged, as a person's surname is; or whose first word alone is elsewhere the subject of a clause tagged a
    person, as a given name is in a feature ("ten-year-old Tristan Bear" tagged an organisation, then "“…,” Tristan
    says") (`subjects`, see `bare_subjects`), as the mention `ent` gives it in full; never a name a business's noun
    introduces ("the Swiss refiner Valmora Affinage", then "Valmora said": the company by its short name)."""
    words = name.split()
    if len(words) != 2 or not all(w.istitle() and w.isalpha() for w in words):
        return False
    if named_by_body_noun(ent) or sum(t.pos_ == "PROPN" for t in ent) < 2:  # "Valmora" of "Valmora Affinage"
        return False
    if any(w.lower() in ORGANISATION_HEADS or w.lower() in TITLE_WORDS for w in words):
        return False
    return words[1] in subjects.untagged or words[0] in subjects.lone_people
