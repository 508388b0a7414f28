"""A description opened by an epithet of long service: "“…,” says the veteran geologist" after "Ray Holt has been
looking for graphite for 38 years", "the longtime organiser said". No one is brought into a story by "the veteran
…": the writer calls back to a person already in it, the person the stretch of text before the description is about
(stretch_subjects.py), whatever its noun, unless the article gave that person a role the noun is not; one that opens
a paragraph ("The veteran diplomat, who ran …, said") calls back to the one person the paragraph before named
(quoted_just_before.py). A body's noun that names a person who held a post once ("the former publisher",
who_described.py) calls back the same way, and so does a noun of a calling left ("the retired trucker", not a title);
when the stretch has no one subject, such a description means the one person its paragraph has named so far
(paragraph_of_one.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.abbreviations import offices
from dashboard.analysis.names import words
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.lexicon import TITLE_NOUNS
from dashboard.analysis.quotes.paragraph_of_one import one_person_so_far
from dashboard.analysis.quotes.quoted_just_before import quoted_alone_before
from dashboard.analysis.quotes.stretch_subjects import stretch_subject
from dashboard.analysis.quotes.who_described import post_held_once

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import Speaker
    from dashboard.analysis.quotes.speakers import Cast

#: Words before a person's noun that call back to someone by their long service.
_EPITHETS = words("veteran longtime long-time seasoned")
#: Words before a person's noun that call back to someone by a calling they left ("the retired trucker"); before a
#: title, only the nouns of who_described.py ("the former publisher"): "the former senator" may be anyone who was one.
_PAST = words("retired former")


def epithet_holder(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The person a "the veteran …" description of a cue's subject stands for, or None."""
    epithet = any(c.dep_ in ("amod", "compound") and c.lower_ in _EPITHETS for c in noun.lefts)
    left = noun.lemma_.lower() not in TITLE_NOUNS and any(c.dep_ == "amod" and c.lower_ in _PAST for c in noun.lefts)
    if noun.tag_ != "NN" or not (epithet or left or post_held_once(noun)):  # "the former publisher" calls back as well
        return None
    if not definite(noun):
        return None
    subject = stretch_subject(cast, p, noun, noun.lemma_.lower(), any_noun=True)
    if subject is None and (before := quoted_alone_before(cast, p, noun, spoke=False)):
        return _untitled(cast, noun, before)  # "The veteran diplomat, who …, said" after a paragraph about one person
    if subject is None and (one := one_person_so_far(cast, p, noun)):
        return _untitled(cast, noun, one)  # "Lyle Roe is …. He drove …. “…,” recalls the retired trucker"
    return subject


def _untitled(cast: Cast, noun: Token, name: str) -> Speaker | None:
    """The person `name`, unless the description is a title the article did not give them ("the veteran senator" of
    one it called governor)."""
    word = noun.lemma_.lower()
    roles = offices(cast.profiles[name].role_words) if name in cast.profiles else set()
    return None if word in TITLE_NOUNS and word not in roles else cast.person(name)
