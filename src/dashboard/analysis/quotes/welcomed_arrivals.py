"""A birth or an arrival that is welcomed: "Haverleigh Zoo welcomes its first snow leopard cubs", "the couple
welcomed a baby girl", "the shelter welcomed three orphaned foals". "Welcome" judges what was said or done when its
object is a decision, a report or a visit ("the ministry welcomed the ruling"); when it is a newborn, a child or an
animal, the subject took them in and said nothing, so the object is no quote."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.animals import ANIMALS
from dashboard.analysis.quotes.wording_objects import only_wording

#: Newborns and newcomers a family, a zoo or a shelter takes in (animals besides, `ANIMALS`).
_ARRIVALS = words("""
baby babies newborn child son daughter twin triplet grandchild granddaughter grandson cub pup chick calf foal kit
joey hatchling litter birth arrival
""")
#: Animals news also names markets and factions by ("welcomed the bulls' return", "the hawks on the board").
_FIGURES = words("bull bear hawk")


def says_nothing(thing: Token, lemma: str) -> bool:
    """Whether the object `thing` of the cue `lemma` gives nothing that was said: only the wording of it
    (`only_wording`), or a birth or an arrival that was welcomed."""
    return only_wording(thing, lemma) or lemma == "welcome" and _arrival(thing)


def _arrival(thing: Token) -> bool:
    """Whether the object names a newborn, a child or an animal taken in ("its first cubs", "a baby girl")."""
    heads = {thing.lemma_.lower(), thing.lower_}
    if heads & (_ARRIVALS | ANIMALS - _FIGURES):
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in _ARRIVALS for c in thing.children)  # "a baby girl"
