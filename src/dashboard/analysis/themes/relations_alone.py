"""Two states acting in a story of their relations, told with no other theme: a paragraph that names two states or
more (not only peoples), one of which does something as the doer of a clause ("China built Vanuatu's parliament
building", "Benin had asked for a line ...", "Latvia and Lithuania closed similar centres"), carries no other theme and
no cue against this one, and comes within `SHARE` of the threshold once its context is added, in an article whose
profile for the theme (as `follows` reads it) reaches `STORY` (a story of relations, not a campaign column or a
company's tax bill that names a state or two), tells how those states stand with each other. A paragraph that tells
trade or war between the same states is about that; one where the states are only places ("flights to Dakar and
Lisbon were cancelled"), a part of a name ("Garuda Indonesia") or of a thing ("Pakistan's captain") keeps its verdict.
Explained as "context: ...; states act: China build". Read from parts of speech and entities: no parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from dashboard.analysis.themes.context import TITLE_PARAGRAPHS, strength
from dashboard.analysis.themes.domestic import state_count
from dashboard.analysis.themes.names import party_names

#: How close to the threshold the paragraph's score with its context must come.
SHARE = 0.8
#: How far the other paragraphs and the title of the article must carry the theme on their own (0 to 1).
STORY = 0.4
#: The party labels of the theme of relations between states.
RELATIONS = frozenset(["GPE", "NORP"])
#: Parts of speech that may stand between a doer and its verb ("Ethiopia will pay", "China has long built").
BETWEEN = frozenset(["AUX", "ADV", "PART"])
#: Parts of speech before a name that make it a place or a part of another name ("to Lisbon", "Garuda Indonesia").
NOT_DOER = frozenset(["ADP", "PROPN", "NOUN", "ADJ", "DET", "VERB", "AUX"])


def relations_alone(themes: Sequence, docs: Sequence[Doc], bases, titled, scores: list[list]) -> list[list]:
    """The article's scores with each paragraph of two states, one acting, that its context brings close to the theme
    of relations and no other theme labels, labelled with that theme, given each paragraph's own score per theme
    (before its context) and the title's."""
    for i, theme in enumerate(themes):
        if not (theme.parties >= RELATIONS and theme.acting_weight) or len(docs) < 2:
            continue
        strong = [strength(base[i], theme.threshold) for base in bases]
        title = TITLE_PARAGRAPHS * strength(titled[i], theme.threshold)
        for p, doc in enumerate(docs):
            verdict = scores[p][i]
            if verdict.label or not verdict.context or verdict.score < SHARE * theme.threshold:
                continue
            if (sum(strong) - strong[p] + title) / (len(strong) - 1 + TITLE_PARAGRAPHS) < STORY:
                continue
            if any(s.label for s in scores[p]) or any(t.startswith("-") for t in verdict.terms):
                continue
            names = party_names(doc, theme.parties, [])
            if state_count(names) < 2 or not (deed := _state_acting(doc, names)):
                continue
            context = f"{verdict.context}; states act: {deed}"
            scores[p][i] = replace(verdict, score=theme.threshold, label=True, context=context)
    return scores


def _state_acting(doc: Doc | Span, names: list[Span]) -> str:
    """The first state among the names that opens a clause and does its verb, with that verb's lemma ("China build"),
    or "" when none does. "Latvia and Lithuania closed" is read from its first name."""
    tokens = doc.doc if isinstance(doc, Span) else doc
    start, end = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(doc))
    for k, ent in enumerate(names):
        if ent.label_ != "GPE" or (ent.start > start and tokens[ent.start - 1].pos_ in NOT_DOER):
            continue
        if k and names[k - 1].end == ent.start - 1 and tokens[ent.start - 1].lower_ == "and":
            continue  # the second of a pair, read from the first ("to Dakar and Lisbon")
        i = ent.end
        if k + 1 < len(names) and i < end and tokens[i].lower_ == "and" and names[k + 1].start == i + 1:
            i = names[k + 1].end  # "Latvia and Lithuania closed": the pair does the verb
        while i < end and tokens[i].pos_ in BETWEEN:
            i += 1
        if i < end and tokens[i].pos_ == "VERB" and tokens[i].lemma_.lower() != "have":
            return f"{ent.text} {tokens[i].lemma_.lower()}"
    return ""
