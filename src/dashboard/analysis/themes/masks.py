"""The words that count for no theme: the names of institutes, schools and think tanks, and titles a person no longer
holds (they say who is speaking, not what the paragraph is about), wars waged on what cannot fight back and weapons
made of what a state sells ("gas as a weapon"), the places goods are sold to (markets, not parties), where a wire story
was filed, a state's police told as its force, a currency told as the unit of a sum, a legislature's quarrels told
as war, a museum's loan of its works, what a work of art tells or honours, a state visit's ceremony borrowed by sport
and oil told as spilt."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import entities_of, places_of, text_of
from dashboard.analysis.themes.amounts import sums
from dashboard.analysis.themes.chambers import chamber_quarrels
from dashboard.analysis.themes.datelines import dateline
from dashboard.analysis.themes.depictions import depictions
from dashboard.analysis.themes.destinations import markets
from dashboard.analysis.themes.figures import figurative_hostages, figurative_wars, figurative_weapons
from dashboard.analysis.themes.forces import owned_police
from dashboard.analysis.themes.lent_objects import lent_objects
from dashboard.analysis.themes.local_councils import local_councils
from dashboard.analysis.themes.name_syllables import name_syllables
from dashboard.analysis.themes.similes import similes
from dashboard.analysis.themes.simulations import simulations
from dashboard.analysis.themes.spilt_oil import spilt_oil
from dashboard.analysis.themes.sport_ceremonies import sport_ceremonies
from dashboard.analysis.themes.title_defences import conceding_defences, goal_sieges, title_defences

#: A name with one of these words is an institute, a school or a think tank: its words name the organisation
#: ("the Center for Strategic and International Studies"), not what the paragraph is about.
INSTITUTION = re.compile(
    r"\b(institute|institution|foundation|center|centre|school|university|college|academy|council (on|for))\b", re.I
)
#: The words of `INSTITUTION` as lower-case stems without the word boundaries: a paragraph whose text has none has
#: no such name. Read as plain substrings of an ASCII text, as a case-blind pattern of any other.
_INSTITUTION_STEMS = (
    "institut", "foundation", "center", "centre", "school", "universit", "college", "academy",
    "council on", "council for",
)  # fmt: skip
_INSTITUTION_WORDS = re.compile("|".join(_INSTITUTION_STEMS), re.I)


#: A person's time in an office told as a whole, before "as" and the title: the title is one they held, not the
#: paragraph's subject ("her record as secretary of state").
SPELLS = frozenset(["record", "tenure", "stint", "time", "year", "day", "term"])
#: The words that can say a title is no longer held (see `_past`).
_PAST_WORDS = ("former", "then", "as")


def masked(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans whose words count for no theme: names of institutions, titles no longer held, wars, weapons and
    hostages that are figures of speech (see `figures`), the places goods are sold to (see `destinations.markets`),
    the place of a wire dateline (see `datelines`), a state's police told as its force (see `forces`), a currency that
    is the unit of a sum (see `amounts`), a war or truce between a legislature's bodies (see `chambers`), "Un"
    ending a Korean name (see `name_syllables`), a sentence that names a Model UN (see `simulations`), a town's or a
    fair's own "security council" (see `local_councils`), a role in a simile ("argued like real diplomats", see
    `similes`), a champion's defence of a title, a side's defence that concedes goals and a side's siege of a goal
    (see `title_defences`), a loan of works of art or of a zoo's animals (see `lent_objects`) and what a novel, a
    film or a monument tells or honours (see `depictions`), and a state visit's ceremony told of a sports side (see
    `sport_ceremonies`), and the oil and ships of a sentence that tells oil spilt or leaked (see `spilt_oil`)."""
    spans = _institutions(doc) + _past_roles(doc) + figurative_wars(doc) + markets(doc) + dateline(doc)
    spans += owned_police(doc) + figurative_weapons(doc) + figurative_hostages(doc) + sums(doc)
    spans += chamber_quarrels(doc) + name_syllables(doc) + simulations(doc) + local_councils(doc) + similes(doc)
    spans += title_defences(doc) + conceding_defences(doc) + goal_sieges(doc)
    return spans + lent_objects(doc) + depictions(doc) + sport_ceremonies(doc) + spilt_oil(doc)


def _institutions(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of the names of institutes, schools and think tanks in a paragraph."""
    ents = entities_of(doc)
    if not ents or not _names_an_institution_word(text_of(doc)):
        return []  # most paragraphs: no entity's text is read
    offset = doc.start if isinstance(doc, Span) else 0
    return [(e.start - offset, e.end - offset) for e in ents if INSTITUTION.search(text_of(e))]


def _names_an_institution_word(text: str) -> bool:
    """Whether `_INSTITUTION_WORDS` is found in the text: for a text all in ASCII (nearly every paragraph), where
    lower-casing folds case as the pattern does, read as plain substrings of the lower-cased text, which costs a tenth
    of the pattern's search."""
    if not text.isascii():
        return _INSTITUTION_WORDS.search(text) is not None
    lowered = text.lower()
    return any(stem in lowered for stem in _INSTITUTION_STEMS)


def _past_roles(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans of titles a person no longer holds ("a former ambassador to Russia", "former Secretary of
    State", "the then foreign minister", "then-President"): they introduce a speaker, not what the paragraph is
    about."""
    text = text_of(doc).lower()
    if "former" not in text and "then" not in text and " as " not in text:
        return []
    spans = []
    for i in places_of(doc, _PAST_WORDS, lower=True):
        if _past(doc, i):
            start = i + 2 if i + 1 < len(doc) and doc[i + 1].pos_ == "DET" else i + 1  # "her time as a diplomat"
            end = start
            while end < len(doc) and (doc[end].pos_ in ("PROPN", "NOUN", "ADJ") or doc[end].lower_ in ("of", "-")):
                end += 1
            spans.append((start, end))
    return spans


def _past(tokens: Doc | Span, i: int) -> bool:
    """Whether the word at i says that the title after it is no longer held: "former", "then" as in "the then
    minister" or "then-President" (not "and then the envoy left"), or "as" after a person's record, tenure or years
    ("praised his record as harbour minister", "during his tenure as ambassador"; not "served as envoy")."""
    word = tokens[i].lower_
    if word == "as":
        return i > 1 and tokens[i - 1].lemma_.lower() in SPELLS and tokens[i - 2].tag_ in ("PRP$", "POS")
    if word != "then":
        return word == "former"
    return (i > 0 and tokens[i - 1].lower_ == "the") or (i + 1 < len(tokens) and tokens[i + 1].text == "-")
