"""A person the article calls by a surname alone that the recogniser tagged an organisation: "Okonjo-Vale told a crowd
in Dayton that …. He called her plan …" or "Marwick answered from the back of the room. She said …". A body is "it" or
"they"; when the next words the article writes outside quotation marks about anyone are "he" or "she" (or "his" or "her"
of a thing) outside the clause the name is the subject of (which speaks of others: "Hallmere said her net worth …"),
with no person named between, the one word is the person they stand for. Only a name of one capitalised word or a
hyphenated pair of them ("Okonjo-Vale") with no given name written before it, the subject of its clause, with no
person named and no "he" or "she" before it in its sentence (which would be whom a "she" after it goes on with), and
never a word of a body's name ("Holdings"), the short name of a body the article names in full ("Brennoch" of
"Brennoch Foods") or one the article writes as a body's name ("The Ledger", "the chief executive of Brennoch")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dashboard.analysis.names import ORGANISATION_HEADS
from dashboard.analysis.quotes.lexicon import SUBJECT_DEPS

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: A surname of one capitalised word or a hyphenated pair ("Marwick", "Okonjo-Vale").
_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
#: Pronouns of one person, as the subject of a clause or the owner of a thing.
_PERSON_WORDS = frozenset({"he", "she", "his", "her"})
#: Pronouns of a body or of many, after which the name is no person's.
_BODY_WORDS = frozenset({"it", "its", "they", "their"})
#: Dependencies of a pronoun that make it who or what a clause is about ("She said", "it would close", "her opponent"),
#: not a thing spoken of ("Asked about it").
_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})
#: Prepositions that hang a body on a person or thing ("chief executive of", "spokesman for", "workers at").
_BODY_PREPOSITIONS = frozenset({"of", "for", "at"})
#: Sentences after the name's own that may hold the pronoun ("“Chicken noodle.” …, she says").
_SENTENCES_AFTER = 2


def surname_taken_for_body(people: People, p: int, ent: Span) -> bool:
    """Whether `ent` (paragraph p), tagged an organisation, is a person's surname alone: see the module's docstring."""
    if not _SURNAME.fullmatch(ent.text) or ent.root.dep_ not in SUBJECT_DEPS:
        return False
    if any(t.lower_ in ORGANISATION_HEADS for t in ent) or _given_name_before(ent):
        return False
    sentence = ent.sent
    before = ent.doc[sentence.start : ent.start]
    if any(t.ent_type_ == "PERSON" or t.lower_ in _PERSON_WORDS for t in before):
        return False
    if not _pronoun_after(people, p, ent) or people.organisation_called(ent.text) != ent.text:
        return False  # "Brennoch" of "Brennoch Foods"
    return not any(_written_as_body(e) for doc in people.docs for e in doc.ents if e.text == ent.text)


def _written_as_body(ent: Span) -> bool:
    """Whether a mention is written as a body's name is: after "the" ("The Ledger agreed …") or hung on a noun by a
    preposition ("the chief executive of Brennoch", "a spokesman for Brennoch", "workers at Brennoch")."""
    if ent.start and ent.doc[ent.start - 1].lower_ == "the":
        return True
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in _BODY_PREPOSITIONS and root.head.head.pos_ in ("NOUN", "PROPN")


def _pronoun_after(people: People, p: int, ent: Span) -> bool:
    """Whether the first word about anyone after `ent`, outside quotation marks, in its sentence, the two after it or
    the next paragraph's first, is a person's pronoun outside the clause `ent` is the subject of."""
    doc = ent.doc
    ends = [s.end for s in doc.sents if s.start >= ent.sent.start][: _SENTENCES_AFTER + 1]
    places = [(p, i) for i in range(ent.end, ends[-1])]
    if len(ends) <= _SENTENCES_AFTER and p + 1 < len(people.docs):
        following = people.docs[p + 1]
        places += [(p + 1, i) for i in range(next(following.sents).end)]
    end = ent.root.head.right_edge.i  # a "he" or "she" in its own clause is someone it speaks of ("Hallmere said
    for q, i in places:  # her net worth …"), but an "it" there is the body itself ("Brennoch said it would …")
        token = people.docs[q][i]
        if people.quoted((q, i)):
            continue
        if token.ent_type_ == "PERSON" or token.dep_ in _ROLES and token.lower_ in _BODY_WORDS:
            return False
        if token.dep_ in _ROLES and token.lower_ in _PERSON_WORDS and (q > p or i > end):
            return True
    return False


def _given_name_before(ent: Span) -> bool:
    """Whether a capitalised proper noun stands right before the name ("Doreen Petrenko-Hale", the surname tagged
    apart): a full name, whose given name says more of the person than a pronoun after it (pronoun_clause_subjects)."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.pos_ == "PROPN" and before.is_title
