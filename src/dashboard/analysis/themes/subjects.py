"""The words of a theme that name a subject a paragraph may refer back to ("At that meeting, ...": see
`continuation.themed`)."""

from __future__ import annotations

from dashboard.analysis.themes.terms import Theme

#: How much a word of a theme must weigh for a paragraph that names it as its subject ("At that meeting, ...") to go
#: on with the theme of the paragraph just before (see `continuation.themed`): a passing word ("deal" for trade) is
#: as often another theme's subject.
SUBJECT_WEIGHT = 0.5


def subject_words(theme: Theme) -> frozenset[str]:
    """The one-word terms of a theme that name a subject a paragraph may refer back to (see SUBJECT_WEIGHT)."""
    return frozenset(t.shown for t in theme.terms if len(t.words) == 1 and t.weight >= SUBJECT_WEIGHT)
