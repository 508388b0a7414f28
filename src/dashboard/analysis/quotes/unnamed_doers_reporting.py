"""Whom the "he" or "she" subject of a reporting cue stands for when the sentence right before it brings in an unnamed
person doing or being something: "A neighbour down the road is less hopeful. He says he will sell …" is the
neighbour, not a man the story named paragraphs before. Features turn to a new, unnamed voice this way, as they do
before a quotation (see unnamed_doers.py); a clause before a semicolon of the same sentence ("…, is less hopeful; he
says …") sets the person in the same way. The person is the subject of that sentence's main verb (no verb of saying
or asking, and no question), someone new by "a", "another" or "one" ("a neighbour", "one longtime producer, who asked
not to be named"; not "her family", known already), no animal, of no other gender than the pronoun's, one person and
not a crowd ("men in uniform burned her village. She asked …"); no one is named between them and the pronoun, and
that sentence holds no other "he", "him" or "she" of the pronoun's gender ("A buyer offered him $2 million. He says
he turned it down": another man)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.quotes.animals import ANIMALS
from dashboard.analysis.quotes.descriptions import counted_as_one
from dashboard.analysis.quotes.lexicon import CUE_VERBS, PERSON_PRONOUNS
from dashboard.analysis.quotes.subjects import introduced_by_a
from dashboard.analysis.quotes.unnamed_doers import SAYING, active_subject, doer_speaking

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dashboard.analysis.quotes.people import Speaker
    from dashboard.analysis.quotes.speakers import Cast

#: Marks that end the sentence right before the pronoun's (not a question, which the writer asks).
_SENTENCE_ENDS = frozenset({".", "!"})


def unnamed_doer_before_report(cast: Cast, p: int, i: int, gender: str) -> Speaker | None:
    """The unnamed person the sentence right before the reporting cue of pronoun i (paragraph p) brings in as the
    subject of its main verb; None when the pronoun is no such subject or there is no such person."""
    doc = cast.docs[p]
    pronoun = doc[i]
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she") or pronoun.head.lemma_.lower() not in CUE_VERBS:
        return None
    verb = _verb_before(doc, pronoun)
    if verb is None or verb.lemma_.lower() in SAYING:
        return None
    doer = active_subject(verb)
    if doer is None or doer.tag_ != "NN" or cast.quoted((p, doer.i)) or doer.lemma_.lower() in ANIMALS:
        return None  # not "men in uniform burned her village. She asked …"
    if not (introduced_by_a(doer) or counted_as_one(doer)):
        return None  # not "Did her family recognize themselves? She laughs.": someone known, not new
    if any(_other_of_gender(t, gender) for t in doc[doer.right_edge.i + 1 : i]):
        return None  # "A buyer offered him $2 million. He says …": the man offered, not the buyer
    return doer_speaking(cast, p, i, doer, gender)


def _other_of_gender(token: Token, gender: str) -> bool:
    """A "he", "him" or "she", or a "her" that is no possessive, of the pronoun's gender: someone else the sentence
    speaks of ("his" and a possessive "her" are mostly the newcomer's own)."""
    if token.lower_ in ("his", "her") and token.dep_ == "poss":
        return False
    return PERSON_PRONOUNS.get(token.lower_) == gender


def _verb_before(doc: Doc, pronoun: Token) -> Token | None:
    """The main verb of the sentence that ends right before the pronoun, or of the clause that a semicolon right
    before it closes."""
    i = pronoun.i
    if i >= 2 and doc[i - 1].text == ";":
        verb = doc[i - 2]
        while not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i < i and verb.head is not verb:
            verb = verb.head
        return verb if verb.i < i and verb.pos_ in ("VERB", "AUX") else None
    if i < 2 or pronoun.sent.start != i or doc[i - 1].text not in _SENTENCE_ENDS:
        return None
    return doc[i - 1].sent.root
