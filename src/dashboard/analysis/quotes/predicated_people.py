"""A definite description that repeats the noun an earlier sentence said a named person is: "Dale Kowalski has been a
licensed practical nurse for 17 years. … The nurse says …" is Dale Kowalski, the latest person of this paragraph or the
three before who was the subject of "is", "was", "has been" or "became" with that noun after it ("When Brent Ng became
principal of the school"), outside quotation marks. Words like "nurse", "pilot" or "chef" are no doers by their
ending, so the stems of described_people.py do not tie them. The post of whoever runs a place is said of the one an
earlier sentence said runs it, though the article never calls them so: "Ada Moss has run the Elm Street Shelter for 14
years. … “…,” the director said." is Ada Moss, the subject of "run", "manage", "head" or "direct" with a name (of an
organisation or a facility) as its object."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.doc_text import lemma_places
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: How many paragraphs back the sentence that says what the person is may stand.
_REACH = 3
#: The posts of whoever runs a place, as a description names them.
_RUNNER_NOUNS = frozenset({"director", "manager", "head"})
#: Verbs that say a person runs a place or a body ("has run the shelter", "manages the Elm Street Mill").
_RUNNING = frozenset({"run", "manage", "head", "direct"})
#: Verbs that say what a person is, or came to be ("X has been a nurse", "When X became principal of Y").
_BEING = frozenset({"be", "become"})
#: Arcs of the noun a verb of being says the person is (the parser reads "became principal of" as an adjective's).
_PREDICATES = frozenset({"attr", "acomp"})
#: Entity labels of the names a person runs.
_RUN_NAMES = frozenset({"ORG", "FAC"})


def person_predicated(cast: Cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The named person a bare "the <noun>" subject stands for when an earlier sentence said that person is one (or,
    for the post of whoever runs a place, runs one), in place of `found` when that is none or one described but not
    named."""
    if found is not None and (found.kind != "unnamed" or found.name or found.plural):
        return found
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or noun.ent_type_ or lemma not in PEOPLE_NOUNS or lemma in BODY_NOUNS or not _bare(noun):
        return found
    latest = _latest(cast, p, noun, frozenset({lemma}), "NOUN", _subject_of_being)
    if not latest and lemma in _RUNNER_NOUNS:  # "the director" after "X has run the Y Shelter"
        latest = _latest(cast, p, noun, _RUNNING, "VERB", _runner)
    return cast.person(latest) if latest else found


def _latest(
    cast: Cast, p: int, noun: Token, lemmas: frozenset[str], pos: str, named_by: Callable[[Cast, int, Token], str]
) -> str:
    """The named person that `named_by` reads from the latest word of `lemmas` (of part of speech `pos`) before
    `noun`, in its paragraph or the `_REACH` before it, outside quotation marks; or ""."""
    latest = ""
    for q in range(max(0, p - _REACH), p + 1):
        doc = cast.docs[q]
        for i in lemma_places(doc, lemmas, pos):
            if (q, i) >= (p, noun.i):
                break
            if not cast.quoted((q, i)):
                latest = named_by(cast, q, doc[i]) or latest
    return latest


def _bare(noun: Token) -> bool:
    """ "the nurse", "the retired nurse": "the" and at most lower-case adjectives before the noun, nothing after it."""
    lefts = list(noun.lefts)
    if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det" or noun.right_edge.i != noun.i:
        return False
    return all(c.dep_ == "amod" and c.text.islower() for c in lefts[1:])


def _subject_of_being(cast: Cast, q: int, noun: Token) -> str:
    """The named person a noun says what they are ("X has been a nurse", "X is a retired pilot", "X became principal
    of Y"), or ""."""
    verb = noun.head
    if noun.dep_ not in _PREDICATES or verb.lemma_ not in _BEING:
        return ""
    if any(c.lower_ in ("not", "never", "n't") for c in verb.children):
        return ""
    return _named_subject(cast, q, verb)


def _runner(cast: Cast, q: int, verb: Token) -> str:
    """The named person who is the subject of a verb of running whose object is a name ("X has run the Y Shelter"),
    or ""."""
    if not any(c.dep_ == "dobj" and c.ent_type_ in _RUN_NAMES for c in verb.children):
        return ""
    return _named_subject(cast, q, verb)


def _named_subject(cast: Cast, q: int, verb: Token) -> str:
    """The named person who is the verb's subject before it, as the cast knows them, or ""."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    ent = cast.entity(q, subject) if subject is not None else None
    if ent is None:
        return ""
    return next((person for pos, person, _ in cast.people if pos == (q, ent.start)), "")
