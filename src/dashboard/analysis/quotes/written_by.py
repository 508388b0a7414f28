"""Who a written statement speaks for: "“Shovels are ready,” the statement said" after "The Association of Northern
Towns said in a statement that …" is the association, the one who said something "in a statement" in this paragraph or
the one before; "the letter said" after "In a letter to the minister, it said …", and "the post said" after "In a post
on its page, the union wrote …", the same. A writing of a person's own ("according to his biography", "her account
says") speaks for the person the possessive stands for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.authored_writings import WRITINGS, author_phrase
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.hung_speakers import speaker_hung_on_place
from dashboard.analysis.quotes.lexicon import DOCUMENT_NOUNS, PERSON_POSSESSIVES

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker

#: Writings one person gives of themselves, besides documents ("his biography", "her account").
_OWN_WRITINGS = DOCUMENT_NOUNS | words("account biography autobiography memoir profile website diary")
#: Subjects of the verb a writing was issued with.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def writing_author(cast: Cast, p: int, subject: Token, found: Speaker | None) -> Speaker | None:
    """The named speaker who said something "in a <writing>" before the cue whose subject is "the <writing>", in this
    paragraph or the one before (in place of `found` when that is none or an unnamed source). A writing is no
    speaker: the cue stays one that only introduces words in quotation marks, so "the letter accuses …" is no quote
    of the one who wrote it."""
    if found is not None and found.name:
        return found
    if (by := author_phrase(subject)) is not None and (author := cast.speaker(p, by)) is not None and author.name:
        return author  # "A campaign ad from the Prairie Party claims …"
    if (owner := _personal_owner(cast, p, subject)) is not None:
        return owner
    if subject.lemma_.lower() not in WRITINGS or subject.tag_ != "NN":
        return found
    if not definite(subject):
        return found
    for q in (p, p - 1):
        if q < 0:
            break
        issued = [t for t in cast.docs[q] if (q < p or t.i < subject.i) and _issued_in(t, subject.lemma_.lower())]
        for writing in reversed(issued):
            verb = writing.head.head
            who = _subject_of_joined(verb) or speaker_hung_on_place(verb)
            speaker = cast.speaker(q, who) if who is not None else None
            if speaker is not None and speaker.name:
                return speaker
    return found


def statement_reported(writing: Token, lemma: str, author: Speaker | None) -> bool:
    """ "The first patient died on Jan. 9, the statement said" after "X said in a statement", or "A campaign ad from X
    claims …": whether the cue, whose subject is a writing that speaks for its named author, reports what the author
    said, as "X said" does."""
    said = writing.lemma_.lower() in WRITINGS and lemma == "say"
    return author is not None and bool(author.name) and (said or author_phrase(writing) is not None)


def _personal_owner(cast: Cast, p: int, writing: Token) -> Speaker | None:
    """The named person "his" or "her" stands for before a writing of their own ("according to his biography")."""
    if writing.lemma_.lower() not in _OWN_WRITINGS or writing.tag_ != "NN":
        return None
    owner = next((c for c in writing.children if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES), None)
    person = cast.speaker(p, owner) if owner is not None else None
    return person if person is not None and person.name and person.kind != "institution" else None


def _subject_of_joined(verb: Token) -> Token | None:
    """The subject of the verb a writing was issued with, or of the first verb it is joined to ("The board has banned
    …, asked … and, in a letter sent to …, warned …": the parser hung the letter on "asked", whose subject is the
    board's)."""
    while (who := next((c for c in verb.children if c.dep_ in _SUBJECTS), None)) is None and verb.dep_ == "conj":
        verb = verb.head
    return who


def _issued_in(writing: Token, lemma: str) -> bool:
    """ "in a statement" of "X said in a statement", "In a letter …, it said": a writing of that kind, the object of
    "in" hung on a verb."""
    prep = writing.head
    return (
        writing.lemma_.lower() == lemma
        and writing.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ in ("VERB", "AUX")
    )
