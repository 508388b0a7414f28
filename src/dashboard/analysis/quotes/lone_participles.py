"""A past participle that opens no clause of its own ("Asked about the plan, she said …") is no cue; but one the tagger
took for a participle when it is a past tense joined to another ("The union backed the rise but warned employers
against …") shares the first verb's subject and speaks, as "backed … but warned that …" does. A present participle
after "without" ("…, without naming his rival") tells what was not said, and is no cue either."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import FINITE


def participle_alone(verb: Token) -> bool:
    """Whether a verb tagged a past participle has no auxiliary and no subject of its own and is joined to no verb
    in a tense of its own that has a subject ("backed … but warned" is a past tense); or a present participle after
    "without" ("…, he said, without naming his rival"): what was done without it was not said."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return False
    head = verb.head
    joined = verb.dep_ == "conj" and head.tag_ in FINITE and any(c.dep_ == "nsubj" for c in head.children)
    return not joined
