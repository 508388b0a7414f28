"""A paragraph that opens on "Separately" (or "In a separate development", "In unrelated news") tells a news item of
its own, not the next step of its article's story: a wire round-up moves on to a court's ruling on a local levy, or a
company's plan, inside a story about a trade review. Such a paragraph keeps its own verdict for every theme, with
nothing added by its context (the article, its neighbours, a reference back, the paragraphs around it); and a paragraph
after it that refers back to a subject ("The company called the plan ...") goes on with that item, not with the story
before it: it keeps its own verdict too unless a paragraph from the item on carries the theme on its own. The news the
item tells still counts when its own words carry it ("Separately, the navies of the two states began a joint patrol").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.themes.follows import followed
from dashboard.analysis.themes.named_again import named_again
from dashboard.analysis.themes.relations_alone import relations_alone
from dashboard.analysis.themes.sittings import next_sittings

#: How a paragraph that sets its news apart from the story opens, word by word in lower case.
#: ("In a separate statement" is the same story's next step, not other news.)
OPENERS = (
    ("separately",),
    ("in", "a", "separate", "development"),
    ("in", "separate", "news"),
    ("in", "an", "unrelated", "development"),
    ("in", "unrelated", "news"),
)
#: A word that every opener holds: a paragraph without any opens on none.
_KEY_WORDS = frozenset(["separately", "separate", "unrelated"])
#: How a verdict that a reference back gave is explained (see `context.Lift.explained`).
REFERS = "refers to:"


def set_apart(doc: Doc | Span) -> bool:
    """Whether a paragraph opens on words that set its news apart from its article's story."""
    if words_of(doc).isdisjoint(_KEY_WORDS):
        return False  # most paragraphs: none of the words, no Token made
    words = [t.lower_ for t in doc[:5] if not (t.is_punct or t.is_space)]
    return any(tuple(words[: len(opener)]) == opener for opener in OPENERS)


def finished(themes: Sequence, docs: Sequence[Doc], bases: Sequence[Sequence[float]], titled, scores: list[list]):
    """The article's last passes: the paragraphs that date the next sitting of its talks (see `sittings`), those that
    name again a body or a measure told before (see `named_again`), those that follow a theme between two that
    carry it (see `follows`) and those of two states acting in a story of relations (see `relations_alone`), then the
    items set apart keep their own verdicts, given each paragraph's own score per theme (before its context)."""
    sittings = next_sittings(themes, docs, scores)
    scores = followed(themes, bases, titled, named_again(themes, docs, bases, sittings))
    scores = relations_alone(themes, docs, bases, titled, scores)
    marks = [set_apart(doc) for doc in docs]
    if not any(marks):
        return scores
    for i, theme in enumerate(themes):
        start = -1
        for p, verdict in enumerate(scores):
            start = p if marks[p] else start
            told = verdict[i]
            if start < 0 or not told.context:
                continue
            carried_since = any(bases[q][i] >= theme.threshold for q in range(start, p))
            if p == start or (told.context.startswith(REFERS) and not carried_since):
                own = bases[p][i]
                verdict[i] = replace(told, score=own, label=own >= theme.threshold, context="")
    return scores
