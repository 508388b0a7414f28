"""Occupations that the news names by a description the article never used of the person before, and the words of
the person's work that tell it: "the chef says" after "X spent nine years cooking in other people’s kitchens", "the
winemaker says" after "the thermometer at X’s vineyard", "the analyst says" after "X, the firm’s head of storage
analysis". The words are those of the work itself (what one does, where, on what), not of the trade's customers, so a
grower who "sells to wineries" is no winemaker. As such words tell less than a role, a description of this lexicon
stands for a person only when exactly one person named before it in the article fits (described_people.py)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Each occupation's descriptions and the words of its work (lemmas or word forms).
_KITCHEN = words("cook cooking cooked kitchen kitchens cuisine culinary")
_WINE = words("vineyard vineyards winery wineries winemaking vintner")
_ANALYSIS = words("analysis analyses analyse analyze analyzed analysed analytics")
_LAW = words("litigation litigator litigate")
_FIRE = words("firefighting firehouse firehall blaze blazes wildfire wildfires")
_RESEARCH = words("research laboratory lab experiment experiments")
_ANIMALS = words("veterinary veterinarian")
_MUSIC = words("music album albums guitar piano violin")
_ART = words("painting paintings sculpture sculptures gallery canvas canvases")
_BUILDINGS = words("architecture architectural")
_REPAIRS = words("repair repairs garage")
OCCUPATIONS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("chef", "cook"), _KITCHEN),
    **dict.fromkeys(("winemaker", "vintner"), _WINE),
    "analyst": _ANALYSIS,
    **dict.fromkeys(("lawyer", "attorney"), _LAW),
    "firefighter": _FIRE,
    **dict.fromkeys(("scientist", "researcher"), _RESEARCH),
    **dict.fromkeys(("vet", "veterinarian"), _ANIMALS),
    "musician": _MUSIC,
    **dict.fromkeys(("artist", "painter", "sculptor"), _ART),
    "architect": _BUILDINGS,
    "mechanic": _REPAIRS,
}
#: Verbs of trade whose "to …" names a customer of the work, not the work ("sells most of them to wineries").
_TRADE_VERBS = words("sell supply ship deliver provide")


def of_the_work(token: Token) -> bool:
    """Whether a work word tells what the person does, and not to whom the person sells ("sells grapes to wineries")."""
    return not (token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in _TRADE_VERBS)
