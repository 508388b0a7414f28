"""The person a pronoun picks up when the sentence right before it brings a new person in as an object, while that
sentence's subject is no person: "Lena Morrow said she phoned twice. The paper sent the file to Dr. Ada Quist, a
pharmacist in Gander. She said …" is Quist, not Morrow, the paragraph's earlier topic. A newsroom, a company or a
"we" that hands something to an expert makes no topic of its own, and the story turns to the one it has just named
in full for the first time; the pronoun must fit the gender told of that person, and no other person may be named
in that sentence but in the words that describe her. A part of `Cast.resolve_person` (speakers.py), tried before the
paragraph's earlier topic is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS, PERSON_PRONOUNS
from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.recent_topics import Mention
from dashboard.analysis.quotes.topics import NOT_SUBJECT

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def object_brought_in(cast: Cast, p: int, i: int, gender: str, here: list[Mention]) -> str:
    """The name of the one person named in the sentence right before the pronoun's (token i of paragraph p; `here`,
    the people of fitting gender named before it in its paragraph), but in the words that describe them, when that
    person is named there in full for the first time as no subject, the sentence's subject is no person, and the
    person is told to be of the pronoun's gender; "" otherwise."""
    doc = cast.docs[p]
    if not here or not gender or doc[i].sent.start == 0:
        return ""
    sentence = doc[doc[i].sent.start - 1].sent
    inside = [m for m in cast.people if m[0][0] == p and sentence.start <= m[0][1] < sentence.end]
    described = {t.i for m in inside for t in name_head(doc[m[0][1]]).subtree if t.i != m[0][1]}
    named = {m[1] for m in inside if m[0][1] not in described}  # "Dr. Ada Quist, a pharmacist at a Gander clinic"
    mention = next((m for m in here if m[1] in named and sentence.start <= m[0][1] < sentence.end), None)
    if len(named) != 1 or mention is None or mention[2] != NOT_SUBJECT or " " not in mention[1]:
        return ""
    if any(m[1] == mention[1] and m[0] < mention[0] for m in cast.people):
        return ""  # named before: no one the sentence brings in
    subjects = [t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or _a_person(subjects[0]):
        return ""
    return mention[1] if cast.gender_of(mention[1]) == gender else ""


def _a_person(subject: Token) -> bool:
    """Whether a subject is or names a person: a pronoun of one, a name ("Chairman Chuck Roe"), or a noun of people
    or of a role ("the chairman", "a nurse")."""
    lemma = subject.lemma_.lower()
    named = any(t.ent_type_ == "PERSON" for t in subject.subtree)
    return named or subject.lower_ in PERSON_PRONOUNS or lemma in PEOPLE_NOUNS or lemma in ROLE_WORDS
