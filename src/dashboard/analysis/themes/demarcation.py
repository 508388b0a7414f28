"""A border between two states marked on the ground, told through the work of marking it: once an article's title or
lead tells a border being marked, drawn or demarcated ("Commission Begins Marking Disputed Border", "drew a sea border
between ...", "agreed on the line of a further 38 km of their border and will place markers") and its lead carries the
theme of relations, a later paragraph that tells the line or the work on it (markers, pillars, survey teams, the line,
the frontier) and that no theme labels goes on with relations: "Each pillar is numbered", "Survey teams will use
maps drawn up in 1907", "which side of the line their houses would fall on". So does a paragraph that itself tells
talks on marking a frontier ("Talks on marking the remaining stretches of their frontier ...") and that its context
brings within `SHARE` of the threshold. A county's or a parish's boundary marked in a story that carries no relations
keeps its verdict, and so does a paragraph with a cue against the theme. Explained as "context: ...; border marked:
pillar". Read from lemmas: no parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import lemma_places, words_of

#: The lines between states, as news names them.
LINES = frozenset(["border", "boundary", "frontier"])
#: Words of marking or drawing a line (lemmas, and the forms a title writes them in).
MARKING = frozenset(
    [
        "mark", "marks", "marked", "marking", "marker", "markers", "demarcate", "demarcates", "demarcated",
        "demarcation", "delimit", "delimits", "delimited", "delimitation", "pillar", "pillars", "surveyor",
        "surveyors", "draw", "draws", "drew", "drawn",
    ]
)  # fmt: skip
#: How many words apart the marking and the line may stand in a title or a lead ("resume marking the last 86 km of
#: their 540-km border").
NEAR = 12
#: The words of a paragraph that tell the line or the work of marking it (not "map": a story of a border drawn on a new
#: map also tells of a land office's new street maps).
WORK = LINES | frozenset(
    [
        "marker", "pillar", "surveyor", "demarcation", "delimitation", "demarcate", "delimit", "line",
        "equidistant",
    ]
)  # fmt: skip
#: A team that surveys the line ("Survey teams will set out ..."): "survey" alone is as often a poll or a land register.
SURVEY = ("survey", "team")
#: How close to the threshold a paragraph that tells talks on marking a border itself must come with its context.
SHARE = 0.8
#: The party labels of the theme of relations between states.
RELATIONS = frozenset(["GPE", "NORP"])


def borders_marked(themes: Sequence, docs: Sequence[Doc], title: str, scores: list[list]) -> list[list]:
    """The article's scores with each paragraph that tells the marking of a border between states labelled with the
    theme of relations, as the module says."""
    for i, theme in enumerate(themes):
        if not (theme.parties >= RELATIONS and theme.acting_weight) or len(docs) < 2:
            continue
        story = scores[0][i].label and (_marked(title.lower().split()) or _marked(_lemmas(docs[0])))
        for p in range(1, len(docs)):
            verdict = scores[p][i]
            if verdict.label or any(s.label for s in scores[p]) or any(t.startswith("-") for t in verdict.terms):
                continue
            told = _work(docs[p]) if story else ""
            if not told and verdict.score >= SHARE * theme.threshold and _marked(_lemmas(docs[p])):
                told = "talks on marking"
            if told:
                context = f"{verdict.context}; border marked: {told}" if verdict.context else f"border marked: {told}"
                scores[p][i] = replace(verdict, score=theme.threshold, label=True, context=context)
    return scores


def _lemmas(doc: Doc | Span) -> list[str]:
    """The paragraph's lemmas, lower-cased, or none when it has no word of a line (most paragraphs)."""
    if words_of(doc).isdisjoint(LINES):
        return []
    return [t.lemma_.lower() for t in doc]


def _marked(words: list[str]) -> bool:
    """Whether words of marking and of a line stand within `NEAR` words of each other."""
    lines = [k for k, w in enumerate(words) if w.strip(".,:;'\"") in LINES]
    marks = [k for k, w in enumerate(words) if w.strip(".,:;'\"") in MARKING]
    return any(abs(a - b) <= NEAR for a in lines for b in marks)


def _work(doc: Doc | Span) -> str:
    """The first word of the paragraph that tells the line or the work of marking it ("pillar", "survey team"), or
    ""."""
    found = lemma_places(doc, WORK)
    if found:
        return doc[found[0]].lemma_.lower()
    teams = lemma_places(doc, frozenset(SURVEY[:1]))
    if any(k + 1 < len(doc) and doc[k + 1].lemma_.lower() == SURVEY[1] for k in teams):
        return " ".join(SURVEY)
    return ""
