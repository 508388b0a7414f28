"""Descriptions of a person that share no stem with the words that introduce them, and those words: "the teenager"
is one given an age of 13 to 19 ("Jill Farrow, 17,", "17-year-old Jill Farrow") or a school grade ("a Grade 11
student"), "the doctor" one called "Dr." or a physician, "the skipper" a team's captain, "the winner" one who won
(and "the Oscar winner" one who won that prize: "Ann Roe, who won an Oscar in 2021," or "the Oscar-winning Ann Roe";
a prize the clause does not name is some other win); an occupation is told by the words of its work
(occupation_clues.py). (Not "the author" for one who "wrote a book": where the news gold has such a description, it
leaves it unresolved.)"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.occupation_clues import OCCUPATIONS, of_the_work

#: Words that introduce a doctor ("Dr." is a title of the name).
_MEDICINE = frozenset({"dr.", "dr", "physician", "doctor", "surgeon", "gp"})
#: Descriptions of a teenager, whom an age or a school grade introduces.
_TEENS = frozenset({"teenager", "teen", "adolescent"})
#: Each description and the words that introduce a person it may stand for.
_CLUES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("doctor", "physician"), _MEDICINE),
    **dict.fromkeys(_TEENS, frozenset()),
    "skipper": frozenset({"captain", "skipper", "captained", "captains"}),  # a team's captain, in sports news
    "winner": frozenset({"win", "won", "winner"}),
    **OCCUPATIONS,  # "the chef" after "X spent nine years cooking in other people’s kitchens"
}
#: Descriptions that a prize named before them ties to the one who won it ("the Oscar winner", "the Nobel winner").
_PRIZED = frozenset({"winner"})
#: The descriptions clues introduce.
CLUED = frozenset(_CLUES)
#: Ages of a teenager, and the grades of a school's teenagers.
_TEEN_AGES = range(13, 20)
_TEEN_GRADES = range(8, 13)
#: Words after a number that make it an age ("15-year-old", "15 years old").
_AGE_WORDS = frozenset({"year", "years", "old", "-", "year-old"})


def introduced_as(noun: Token, name: Token, clause: list[Token]) -> bool:
    """Whether the clause of a person's name (`name` one of its tokens) introduces them as what the description whose
    noun is `noun` says."""
    described = noun.lemma_.lower()
    clues = _CLUES.get(described, frozenset())
    prizes = {c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"}
    if described in _PRIZED and prizes and not any(t.lower_ in prizes for t in clause):
        return False  # "the Oscar winner" is not one who won a race
    words = [t for t in clause if t.pos_ in ("NOUN", "VERB", "PROPN")]
    tells = [t for t in words if t.lemma_.lower() in clues or t.lower_ in clues]
    if any(described not in OCCUPATIONS or of_the_work(t) for t in tells):
        return True
    return described in _TEENS and any(_teen_age(t, name) or _teen_grade(t) for t in clause)


def _number(token: Token) -> int | None:
    return int(token.text) if token.text.isdigit() else None


def _teen_age(token: Token, name: Token) -> bool:
    """ "Jill Farrow, 17," (the age in apposition with the name) or "17-year-old Jill Farrow"."""
    age = _number(token)
    if age is None or age not in _TEEN_AGES:
        return False
    doc = token.doc
    aged = token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and token.head.sent == name.sent
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
    return aged or (len(after) >= 2 and after[0] in _AGE_WORDS and after[-1] in ("old", "year-old"))


def _teen_grade(token: Token) -> bool:
    """ "a Grade 11 student": a school grade of teenagers."""
    grade = _number(token.doc[token.i + 1]) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "grade" and grade is not None and grade in _TEEN_GRADES
