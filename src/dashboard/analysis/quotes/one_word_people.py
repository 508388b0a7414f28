"""A speaker cued by one word that the rules took for a body, though the article shows a person there: "Thabo, a winch
operator of 17 years, said …" (set off by a word for a person), "Ruvane-Oakes tweeted that he had won …" (the words
reported have a "he" or "she" as their subject, as a body's have "it"), "Hollin-Marsh, of the growers' union, says
…" (set off as one of a body), or "“…,” Selam says" after "Selam Tewolde" (the given name of the one person named
before with it). The speaker of that cue stays as found; but the person is remembered as one who spoke, so that the
"he" or "she" of a cue right after ("“…,” he said") picks them up as the topic of the stretch, not a person named
further back. A part of what `_speakers` (finder.py) remembers of each cue's speaker."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.given_name_owners import owner_of_given_name
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS, PERSON_PRONOUNS
from dashboard.analysis.quotes.paragraph_people import mentions_before
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.topics import speaker_rank

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: Dependencies of the clause a verb of saying reports ("said he earned …", "tweeted that he had won …").
_REPORTED = frozenset({"ccomp", "xcomp"})


def remember_one_word_person(cast: Cast, p: int, subject: Token, speaker: Speaker) -> None:
    """Remember the subject of a cue (paragraph p) as a person who spoke when its speaker is one word read as a body
    and the article shows a person there (see the module's docstring)."""
    name = speaker.name
    if speaker.kind != "institution" or not name or " " in name or not name[:1].isupper() or name.isupper():
        return
    if subject.pos_ != "PROPN" or not subject.is_title or cast.organisation_called(name) != name:
        return  # "LSE" of the London Stock Exchange: a short name of a body the article names
    before = (n for _, n, _ in mentions_before(cast.people, p, subject.i))
    person = owner_of_given_name(before, name) or (name if _shown_a_person(subject) else "")
    if person:
        bisect.insort(cast.people, ((p, subject.i), person, speaker_rank(subject)))


def _shown_a_person(name: Token) -> bool:
    """Whether a name of one word is set off by a word for a person ("Thabo, a winch operator,") or as one of a body
    ("Hollin-Marsh, of the growers' union,"), or the words its verb reports have a "he" or "she" as their subject
    ("Ruvane-Oakes tweeted that he had won")."""
    for child in name.rights:
        if child.dep_ == "appos" and (child.lemma_.lower() in PEOPLE_NOUNS or child.lemma_.lower() in ROLE_WORDS):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and _set_off(child):
            return True
    verb = name.head
    if name.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    clauses = [c for c in verb.children if c.dep_ in _REPORTED]
    return any(s.dep_ == "nsubj" and s.lower_ in PERSON_PRONOUNS for c in clauses for s in c.children)


def _set_off(phrase: Token) -> bool:
    """Whether a phrase hung on a name stands between commas right after it ("Hollin-Marsh, of the union, says")."""
    doc = phrase.doc
    start, end = phrase.left_edge.i, phrase.right_edge.i
    return start > 1 and doc[start - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","
