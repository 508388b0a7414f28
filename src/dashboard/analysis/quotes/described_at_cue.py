"""A person a feature first calls by a description at the cue of their first words: "Wendell Roe is one of the 1,400
people on the list. He worked 36 years at the crab plant … “…,” says the retired plant worker, who …" or "Across the
street, Harriet Lu has filled prescriptions since 1998 … “…,” recalls the pharmacist." The writer names the person as
the subject the paragraph follows and then, for variety, calls them by what they do, a description given nowhere
before. That description at an inverted cue is the person last named as the subject of a main clause of the
paragraph, when no other person is named after them, the article gives them no role of their own, and the noun is a
trade or calling: never an office, a spokesperson or a word as general as "the man" or "the official", which a
story uses as often for someone it never names, nor one who serves or stands beside another ("the lawyer", "the
friend"), who is more often someone else's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.description_clues import CLUED
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.genders import PERSON_NOUN_GENDERS
from dashboard.analysis.quotes.kinds import OFFICE_WORDS, PUBLIC_WORDS
from dashboard.analysis.quotes.lexicon import CUE_VERBS, SPOKESPEOPLE, words
from dashboard.analysis.quotes.paragraph_people import named_in
from dashboard.analysis.quotes.topics import MAIN_SUBJECT

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker

#: Nouns a story uses as often for someone it never names, which no named person is called by for variety alone.
_GENERAL = words("""
man woman person people resident witness source insider official observer expert analyst critic supporter
officer aide adviser advisor diplomat spokesman spokeswoman spokesperson representative member
""")
#: Nouns of someone who serves or stands beside another: "X was charged …. “…,” said the lawyer" is X's lawyer, not X.
_BESIDE_ANOTHER = words("""
lawyer attorney counsel agent doctor physician surgeon nurse therapist friend neighbour neighbor colleague relative
parent family coach teacher ally opponent rival investigator detective prosecutor judge landlord employer boss
""")


def described_at_cue(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The person "says the pharmacist" names when the paragraph named them and described them nowhere (see the
    module's docstring), or None."""
    if noun.head.i > noun.i or not trade_at_cue(noun):
        return None  # only the inverted cue: "says the pharmacist", "recalls the retired trucker"
    here = named_in(cast.people, p, noun.i)
    if not here:
        return None
    name = here[-1][1]
    subject = [m for m in here if m[1] == name and m[2] == MAIN_SUBJECT]
    profile = cast.profiles.get(name)
    if not subject or profile is not None and (profile.role or profile.role_words):
        return None
    return cast.person(name)


def trade_at_cue(noun: Token) -> bool:
    """Whether `noun` is the subject of a cue and a definite description by a trade or calling ("the pharmacist"): not
    a word as general as "the man", a spokesperson, an office, one who serves another, a kin noun, nor a noun whose
    own clues decide (see `described_at_cue`)."""
    lemma = noun.lemma_.lower()
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in CUE_VERBS:
        return False
    if lemma in _GENERAL | _BESIDE_ANOTHER | SPOKESPEOPLE | PUBLIC_WORDS | OFFICE_WORDS or lemma in PERSON_NOUN_GENDERS:
        return False
    return lemma not in CLUED and definite(noun)  # "the teenager", "the winner": an age, a prize decide
