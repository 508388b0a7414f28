"""The words of a theme that name a subject a paragraph may refer back to ("At that meeting, ...": see
`continuation.themed`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from dashboard.analysis.themes.terms import Theme

if TYPE_CHECKING:
    from dashboard.analysis.themes.scoring import ThemeScore

#: How much a word of a theme must weigh for a paragraph that names it as its subject ("At that meeting, ...") to go
#: on with the theme of the paragraph just before (see `continuation.themed`): a passing word ("deal" for trade) is
#: as often another theme's subject.
SUBJECT_WEIGHT = 0.5


def subject_words(theme: Theme) -> frozenset[str]:
    """The one-word terms of a theme that name a subject a paragraph may refer back to (see SUBJECT_WEIGHT)."""
    return frozenset(t.shown for t in theme.terms if len(t.words) == 1 and t.weight >= SUBJECT_WEIGHT)


def elsewhere(subjects: Sequence[frozenset[str]], i: int) -> frozenset[str]:
    """The subject words of every theme but theme i that theme i does not share ("duty", "ban" for diplomacy: trade's
    measures), given each theme's subject words: a paragraph that refers back to one of them goes on with theme i only
    in an article that tells theme i more (see `continuation.themed`)."""
    return frozenset().union(*(words for k, words in enumerate(subjects) if k != i)) - subjects[i]


def told_elsewhere(row: Sequence[ThemeScore], i: int) -> Iterator[str]:
    """The terms that the themes other than theme i found in one paragraph, given its scores per theme: read only
    when asked (`continuation.themed` asks only of a paragraph that refers back, few do)."""
    return (term for k, score in enumerate(row) if k != i for term in score.terms)
