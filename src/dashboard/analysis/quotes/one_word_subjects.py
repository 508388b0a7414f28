"""The person a "he" or "she" of a cue stands for when the sentence right before is about someone named by one word
that the recogniser did not take for a person: "Yonas grins at that. “…,” he says" after "her son Yonas" (a name the
article gave a person before, or the given name or surname of the one person named with it, by the full name; a
surname two people of one family bear is left to the other rules), or "Ruvane-Oakes worked the room himself. “…,” he
told reporters" (a reflexive of the pronoun's gender in that sentence, and no one else named there; a possessive may
be another's, "according to her research"). The word must be the whole subject: the last word of a longer name
("Brennoch County", the "Dube" of "McTavish-Dube") is left to the other rules. Features move from one person to the
next this way, and the one the story has just turned to is the one who speaks, not the person named or quoted
before. A part of `named_subject_before` (antecedents.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import surname
from dashboard.analysis.quotes.bare_names import whole_word
from dashboard.analysis.quotes.given_name_owners import owner_of_given_name
from dashboard.analysis.quotes.paragraph_people import mentions_before
from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: Labels the recogniser gives a name of one word that is a person's, when it does not take it for one.
_MISREAD = frozenset({"", "ORG", "NORP", "GPE"})
#: The reflexive pronoun of each gender, which shows that a sentence's subject is a person.
_OWN = {"m": "himself", "f": "herself"}


def one_word_subject(cast: Cast, p: int, subject: Token, gender: str) -> Speaker | None:
    """The person a subject of one word (paragraph p) names when the recogniser took it for no person, as the one a
    later "he" or "she" (`gender`) stands for; None when the word shows no person of fitting gender."""
    if subject.pos_ != "PROPN" or not subject.is_title or subject.ent_type_ not in _MISREAD:
        return None
    if subject.head.lemma_.lower() == "ask":
        return None  # "Roe asked whether …. “…,” she said": who answers is the one asked (questioners.py)
    word = whole_word(subject)
    start = subject.i - 2 * word.count("-")  # the first token of "Ruvane-Oakes"
    if " " in word or start > 0 and subject.doc[start - 1].text == "-":  # "Dube" of "McTavish-Dube"
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < start for c in subject.lefts):  # "Brennoch County"
        return None
    before = [n for _, n, _ in mentions_before(cast.people, p, subject.i)]
    owners = {n for n in before if " " in n and surname(n) == word}
    if len(owners) > 1:  # "Ebeling" after "Betsy Ebeling" and "Tom Ebeling": left to the other rules
        return None
    known = (owners.pop() if owners else "") or owner_of_given_name(before, word)  # by the full name
    known = known or (word if word in before else "")
    if not known and _told_a_person(subject, gender):
        known = word
    if not known or cast.gender_of(known) not in ("", gender):
        return None
    return cast.person(known)


def _told_a_person(subject: Token, gender: str) -> bool:
    """Whether the sentence of the subject has the reflexive of the pronoun's gender after it ("worked the room
    himself") and names no person of its own."""
    sent = subject.sent
    if any(e.label_ == "PERSON" for e in sent.ents):
        return False
    return any(t.lower_ == _OWN.get(gender) for t in sent[subject.i - sent.start + 1 :])
