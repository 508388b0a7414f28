"""A paragraph that counts its article's event ("It was the fourth violation this year", "It was the third tanker
taken", see `continuation.count`) goes on with the event its lead told, not with a detail told between them: when the
paragraph just before carries none of the lead's themes (the plane's transponder, the refinery's exports), the count
takes the themes the lead carries, short of a cue against one, and gives up a theme it took from that paragraph with
no word of its own ("It was the fourth such attack on the plant" after the plant's exports is no trade). Read after
every other lift, whatever the themes file names its themes. Explained as "context: count: the fourth violation,
lead".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dashboard.analysis.doc_text import Words
from dashboard.analysis.themes.continuation import count

#: How a verdict that went on with the paragraph before through a reference is explained (see `context.Lift`).
REFERRED = "refers to: "


def recounted(themes: Sequence, docs: Sequence[Doc], scores: list[list]) -> list[list]:
    """The article's scores with each count that follows a paragraph off its lead's themes given the lead's."""
    lead = {i for i, verdict in enumerate(scores[0]) if verdict.label} if scores else set()
    for p in range(2, len(scores) if lead else 0):
        if lead & {i for i, verdict in enumerate(scores[p - 1]) if verdict.label}:
            continue
        told = count(Words(docs[p]))
        if told is None:
            continue
        for i, theme in enumerate(themes):
            verdict = scores[p][i]
            if i in lead and not verdict.label and not any(term.startswith("-") for term in verdict.terms):
                score = max(verdict.score, theme.threshold)
                scores[p][i] = replace(verdict, score=score, label=True, context=f"count: {told.words}, lead")
            elif i not in lead and verdict.label and not verdict.terms and verdict.context.startswith(REFERRED):
                scores[p][i] = replace(verdict, score=0.0, label=False, context="")
    return scores
