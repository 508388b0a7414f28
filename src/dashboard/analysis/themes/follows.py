"""A paragraph with no word of any theme between two paragraphs that carry one on their own, in an article about that
theme: the next step or the detail the story tells inside its news ("Turkey can appeal within 60 days" between a
trade ruling and its fine, "Mining firms have until the end of the year to clear stock" inside an export ban). It
takes the theme when no theme labels it, it has no term of the theme (and so no cue against it), the paragraphs just
before and just after (or only before, at the article's end) carry the theme on their own, and the article's profile
for the theme (the mean strength of the title, counted as `context.TITLE_PARAGRAPHS` paragraphs, and of the other
paragraphs, each on its own; an article of two paragraphs has too few to tell one) reaches the theme's `follows`
weight (0 turns this off). Explained as "context: follows the paragraph before, article 0.80".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dashboard.analysis.themes.context import TITLE_PARAGRAPHS, strength


def followed(themes: Sequence, bases: Sequence[Sequence[float]], titled: Sequence[float], scores: list[list]) -> list:
    """The article's scores with each unclaimed paragraph between two that carry a theme on their own labelled with
    that theme, given each paragraph's own score per theme (before its context) and the title's."""
    for i, theme in enumerate(themes):
        if not theme.context.follows or len(scores) < 3:
            continue
        strong = [strength(base[i], theme.threshold) for base in bases]
        title = TITLE_PARAGRAPHS * strength(titled[i], theme.threshold)
        for p in range(1, len(scores)):
            after = strong[p + 1] if p + 1 < len(strong) else 1.0
            if scores[p][i].terms or min(strong[p - 1], after) < 1.0 or any(s.label for s in scores[p]):
                continue
            profile = (sum(strong) - strong[p] + title) / (len(strong) - 1 + TITLE_PARAGRAPHS)
            if profile >= theme.context.follows:
                context = f"follows the paragraph before, article {profile:.2f}"
                scores[p][i] = replace(scores[p][i], score=theme.threshold, label=True, context=context)
    return scores
