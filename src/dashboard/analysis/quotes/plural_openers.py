"""A plural noun of people that opens a sentence, capitalised only because it opens it, which the recogniser tagged
an organisation: "LIMA (Reuters) - Rescuers in southern Peru were trying …", "Investors sold …". It names no body, and
a later "the company" or "the ministry" must not go to it."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Nouns of people at work in disasters and their aftermath that the lexicon of people nouns leaves out.
_CREWS = frozenset({"rescuer", "firefighter", "searcher", "villager", "survivor", "volunteer", "medic"})


def crowd_taken_for_organisation(ent: Span, opening: int) -> bool:
    """Whether the entity is one plural noun of people ("Rescuers", "Protesters") tagged an organisation at the start
    of its sentence or right after a dateline (`opening`)."""
    if ent.label_ != "ORG" or len(ent) != 1:
        return False
    token = ent[0]
    word = token.lower_
    plural = word.endswith("s") and word[:-1] in PEOPLE_NOUNS | _CREWS
    return plural and token.text[:1].isupper() and (token.is_sent_start or token.i == opening)
