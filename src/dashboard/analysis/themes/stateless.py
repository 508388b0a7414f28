"""Relations between states need states: an article that names no state, people, place or organisation anywhere (in its
title or any paragraph) and speaks of none (no "countries", "nations", "governments", nothing "foreign" or
"international", no minister, envoy, border or treaty) tells of no relations between states, whatever words of them it
uses figuratively ("The answer is a little diplomacy", "not a summit showdown" in an advice column). A theme whose
parties are states and peoples (GPE and NORP in the themes file) and that counts what parties do to each other
(acting_weight) gives no label in such an article. An international body is an organisation, and a state the recogniser
missed is still named somewhere in a story about it, so a story of relations keeps its theme. Read after every other
lift, whatever the themes file names its themes. Explained as "no state in the article".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dashboard.analysis.doc_text import entities_of
from dashboard.analysis.themes.states import title_states

#: The entity labels that name a state, a people, a place or an organisation (an international body, a government).
NAMED = frozenset(["GPE", "NORP", "ORG", "LOC", "FAC"])
#: Words that speak of states, their people and their business with each other without naming one ("Nearly 200
#: countries agreed", "foreign delegates"), lower case: lemmas, and "states" as written ("the state" is as often home).
STATE_WORDS = frozenset(
    [
        "country", "nation", "government", "states", "foreign", "international", "bilateral", "multilateral",
        "embassy", "consulate", "ambassador", "diplomat", "envoy", "minister", "delegate", "delegation", "treaty",
        "border", "abroad", "overseas", "un", "u.n.",
    ]
)  # fmt: skip
#: The parties a theme of relations between states lists.
STATES = frozenset(["GPE", "NORP"])
#: How a verdict withdrawn here is explained.
NO_STATE = "no state in the article"


def unnamed(docs: Sequence[Doc], title: str) -> bool:
    """Whether an article names no state, people, place or organisation in its title or any paragraph, and speaks of
    none."""
    if title_states(title) or any(ent.label_ in NAMED for doc in docs for ent in entities_of(doc)):
        return False
    return not any(t.lemma_.lower() in STATE_WORDS or t.lower_ in STATE_WORDS for doc in docs for t in doc)


def stateless(themes: Sequence, docs: Sequence[Doc], title: str, scores: list[list]) -> list[list]:
    """The article's scores with the labels of a theme of relations between states withdrawn when it names no
    state."""
    relations = [i for i, theme in enumerate(themes) if theme.parties >= STATES and theme.acting_weight]
    if not relations or not unnamed(docs, title):
        return scores
    for verdicts in scores:
        for i in relations:
            if verdicts[i].label:
                verdicts[i] = replace(verdicts[i], label=False, context=NO_STATE)
    return scores
