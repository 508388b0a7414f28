"""A plural noun of people that opens a sentence or a wire story after its dateline, capitalised only because it opens
it, which the recogniser tagged an organisation or a person: "Commuters waiting at the station said …", "LIMA
(Reuters) - Rescuers in southern Peru were trying …", "Migrants said the visas were hard to get". It names no body and
no one: its words are a group's, and a later "the company" or "the ministry" must not go to it."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.marks import dateline_end

#: Nouns of people at work in disasters and their aftermath that the lexicon of people nouns leaves out.
_CREWS = frozenset({"rescuer", "firefighter", "searcher", "villager", "survivor", "volunteer", "medic"})
#: Nouns of people who have left their homes, as migration and war reporting quotes them ("Migrants said …").
_UPROOTED = frozenset({"migrant", "refugee", "evacuee", "deportee"})
_PEOPLE = PEOPLE_NOUNS | _CREWS | _UPROOTED


def crowd_taken_for_name(ent: Span) -> bool:
    """Whether the entity is one plural noun of people ("Rescuers", "Commuters") tagged an organisation or a person
    at the start of its sentence or right after a dateline."""
    if ent.label_ not in ("ORG", "PERSON") or len(ent) != 1:
        return False
    token = ent[0]
    word, lemma = token.lower_, token.lemma_.lower()
    plural = token.tag_ == "NNS" and lemma != word and lemma in _PEOPLE or word.endswith("s") and word[:-1] in _PEOPLE
    opening = token.is_sent_start or token.i == dateline_end(token.doc)
    return plural and token.text[:1].isupper() and opening
