""" "Claimed responsibility for the attack", "claimed credit for the deal": "claim" takes a clause as a rule
("claimed that …"), but credit or responsibility is claimed by saying so, and that object is what was said. Not what
else may be claimed (a prize, a seat, a victory won, lives a storm took), nor a person. A company that reports
its profit states a result, which the stories' gold does not count as a quote, so "reported a loss" stays none."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: What a speaker claims by saying so ("claimed credit for"), not a prize, a win or a life it took.
_CLAIMED = words("credit responsibility")


def claimed_by_saying(child: Token, lemma: str) -> bool:
    """Whether the direct object `child` of the cue `lemma` is what was said: credit or responsibility claimed."""
    return lemma == "claim" and child.dep_ == "dobj" and child.lemma_.lower() in _CLAIMED
