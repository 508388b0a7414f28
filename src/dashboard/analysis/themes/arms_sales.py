"""Arms sold between states: a paragraph that carries war through the arms it names ("weapons", "frigates") and tells
them sold, bought or supplied ("Germany approved the sale of two frigates to Cairo", "Egypt has bought weapons from
France and Italy") between two states it names is a relation between those states too, so it takes the theme of
relations (the one that lists both states and peoples as its parties: diplomacy). A sale at home ("the army bought
rifles from a local maker") names one state at most, and arms with no sale ("France sent troops and weapons") are left
to the theme's own words. Explained as "arms sale: Germany + Cairo". Read from lemmas and entities: no parser."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.themes.domestic import state_count
from dashboard.analysis.themes.kinds import KINDS
from dashboard.analysis.themes.names import parties, party_names

#: Terms of war (as shown) that name arms.
ARMS = frozenset(["arms", "weapon", "missile", "armoured", "armour", *KINDS])
#: Words (forms and lemmas) by which arms change hands.
SALES = frozenset(["sale", "sell", "sold", "buy", "bought", "purchase", "supply", "supplied", "supplier"])
#: The theme of war whose arms words it reads, and the parties the theme of relations lists.
WAR = "military"
RELATIONS = frozenset(["GPE", "NORP"])


def arms_sold(themes: Sequence, docs: Sequence[Doc], scores: list[list]) -> list[list]:
    """The article's scores with each paragraph that tells arms sold between two states it names labelled with the
    theme of relations, unless a cue speaks against it there (a score below zero)."""
    names = [t.name for t in themes]
    if WAR not in names:
        return scores
    war = names.index(WAR)
    for i, theme in enumerate(themes):
        if theme.parties != RELATIONS or not theme.acting_weight:
            continue
        for p, doc in enumerate(docs):
            verdict, armed = scores[p][i], scores[p][war]
            if verdict.label or verdict.score < 0 or not armed.label or not ARMS & set(armed.terms):
                continue
            if not SALES & words_of(doc):
                continue
            found = party_names(doc, theme.parties, [])
            if state_count(found) < 2:
                continue
            score = max(verdict.score, theme.threshold)
            told = f"arms sale: {' + '.join(parties(found))}"
            scores[p][i] = replace(verdict, score=score, label=True, context=told)
    return scores
