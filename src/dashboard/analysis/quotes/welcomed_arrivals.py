"""A birth or an arrival that is welcomed: "Haverleigh Zoo welcomes its first snow leopard cubs", "the couple
welcomed a baby girl", "the shelter welcomed three orphaned foals". "Welcome" judges what was said or done when its
object is a decision, a report or a visit ("the ministry welcomed the ruling"); when it is a newborn, a child or an
animal, the subject took them in and said nothing, so the object is no quote. So with "admit": one admits a fact or a
mistake ("admitted the error"), but people or a country admitted are let in ("colleges admitting more students", "the
clinic admitted him", "the bloc admitted Norland"), which says nothing."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.animals import ANIMALS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.wording_objects import only_wording

#: Newborns and newcomers a family, a zoo or a shelter takes in (animals besides, `ANIMALS`).
_ARRIVALS = words("""
baby babies newborn child son daughter twin triplet grandchild granddaughter grandson cub pup chick calf foal kit
joey hatchling litter birth arrival
""")
#: Animals news also names markets and factions by ("welcomed the bulls' return", "the hawks on the board").
_FIGURES = words("bull bear hawk")
#: People let in somewhere, besides the people nouns: to a school, a hospital, a country or a club.
_ADMITTED = words("""
pupil patient refugee immigrant migrant applicant newcomer visitor prisoner inmate player recruit child children
""")
#: Pronouns for people let in ("admitted him"); not "it" or "them", which may be the facts admitted.
_ADMITTED_PRONOUNS = words("him her me us")
#: Labels of the people or countries a body admits ("admitted Norland to the bloc").
_ADMITTED_LABELS = frozenset({"PERSON", "GPE", "NORP"})


def says_nothing(thing: Token, lemma: str) -> bool:
    """Whether the object `thing` of the cue `lemma` gives nothing that was said: only the wording of it
    (`only_wording`), a birth or an arrival that was welcomed, or people or a country admitted (let in)."""
    return only_wording(thing, lemma) or lemma == "welcome" and _arrival(thing) or lemma == "admit" and _let_in(thing)


def _arrival(thing: Token) -> bool:
    """Whether the object names a newborn, a child or an animal taken in ("its first cubs", "a baby girl")."""
    heads = {thing.lemma_.lower(), thing.lower_}
    if heads & (_ARRIVALS | ANIMALS - _FIGURES):
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in _ARRIVALS for c in thing.children)  # "a baby girl"


def _let_in(thing: Token) -> bool:
    """Whether the object of "admit" names people or a country let in ("more out-of-state students", "him")."""
    if thing.ent_type_ in _ADMITTED_LABELS or thing.lower_ in _ADMITTED_PRONOUNS:
        return True
    lemma = thing.lemma_.lower()
    return thing.pos_ == "NOUN" and (lemma in _ADMITTED or lemma in PEOPLE_NOUNS)
