"""The portfolio that follows a minister's or a secretary's title in the voice of a state ("Uganda's minister of state
for fisheries", "Britain's minister for Africa", "India's secretary of state for external affairs"): part of the voice,
so the state still speaks through it, as it does through "Uganda's fisheries minister". Read from words and parts of
speech only."""

from __future__ import annotations

from spacy.tokens import Doc

#: The titles a portfolio may follow.
TITLES = frozenset(["minister", "secretary", "ministry"])
#: The parts of speech of a portfolio's words ("fisheries", "external affairs", "Africa", "trade and industry").
PORTFOLIO = ("NOUN", "PROPN", "ADJ")
#: How many words a portfolio may take after "for".
MAX_PORTFOLIO_WORDS = 4


def portfolio_end(tokens: Doc, j: int, end: int) -> int:
    """Where a title's "of state" and "for ..." end when the voice of a state stops at its title (tokens[j - 1]), or j
    when none follows."""
    if j >= end or tokens[j - 1].lemma_.lower() not in TITLES:
        return j
    k = j
    if k + 1 < end and tokens[k].lower_ == "of" and tokens[k + 1].lower_ == "state":
        k += 2
    if k + 1 < end and tokens[k].lower_ == "for" and tokens[k + 1].pos_ in PORTFOLIO:
        last = k + 1
        while (
            last + 1 < end
            and last - k < MAX_PORTFOLIO_WORDS
            and (tokens[last + 1].pos_ in PORTFOLIO or (tokens[last + 1].lower_ == "and" and last + 2 < end))
        ):
            last += 1
        k = last + 1 if tokens[last].pos_ in PORTFOLIO else last
    return k
