"""A race told abroad: when a cue against a theme that tells domestic politics (an election, a candidate, a campaign)
stands in a paragraph that names two or more parties (countries, nationalities) and has a term of the theme of its
own, it is one state's word or deed on another's race ("China's foreign ministry said it did not comment on American
elections", "the candidates clashed over Kyiv and Moscow"), not politics inside one state: the cue counts nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

#: The words of a race at home that a paragraph of two parties no longer counts against a theme.
RACE_WORDS = frozenset(["election", "candidate", "campaign", "voter", "poll", "primary"])


def race_abroad(counts: Counter[str], weight: Callable[[str], float], parties: int) -> Counter[str]:
    """The paragraph's term counts without its negative race words (`RACE_WORDS`, by their `weight` for the theme)
    when it names two or more `parties` and has a positive term of the theme; else the counts as they stand."""
    against = {t for t in counts if t in RACE_WORDS and weight(t) < 0}
    if parties < 2 or not against or not any(weight(t) > 0 for t in counts):
        return counts
    return Counter({t: n for t, n in counts.items() if t not in against})
