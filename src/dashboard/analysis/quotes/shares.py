"""A counted share of the people a poll asked as the speaker of a cue: "at least 9,000 said they would", "more than
300 said", "those over 50 say", "most said"; a bare number is none ("In 2019, 12 said …")."""

from __future__ import annotations

from dashboard.analysis.quotes.cues import Cue
from dashboard.analysis.quotes.lexicon import HUMAN_CUES
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase

#: Dependents that make a number a count of people ("at least", "more than", "those over").
_COUNTING = frozenset({"quantmod", "advmod", "amod", "det"})
#: Quantifiers that stand for most or many of those asked.
_QUANTIFIERS = frozenset({"most", "many"})


def counted_share(cue: Cue) -> Speaker | None:
    """An unnamed group for a counted number or a quantifier as the subject of a verb only people use, else None."""
    subject = cue.subject
    counted = (subject.pos_ == "NUM" or subject.like_num) and any(c.dep_ in _COUNTING for c in subject.children)
    if not (counted or subject.lower_ in _QUANTIFIERS) or cue.lemma not in HUMAN_CUES:
        return None
    return Speaker("", "unnamed", noun_phrase(subject, with_preposition=True), plural=True)
