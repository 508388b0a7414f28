"""What completes the verb of a short reported clause: an object or a complement ("the deal was done", "it was
“overjoyed”"), or, after "be", an adverb that says a state as an adjective would ("said sales were down", "said
talks were over", "said the strike was off"). The parser makes "over" of "the war was over" a complement and
"down" of "sales were down" an adverb; both clauses say something whole, though only three words long."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies of what follows a verb and completes it.
_COMPLEMENTS = frozenset({"acomp", "attr", "dobj", "ccomp", "xcomp", "oprd"})
#: Adverbs that say a state after "be" ("prices were up", "the match is off", "the talks are back on").
_STATES = frozenset({"up", "down", "over", "off", "out", "back", "on"})


def completed(head: Token, children: list[Token]) -> bool:
    """Whether a clause's verb (`head`, with its `children`) has what completes it: a complement, or after "be" an
    adverb of state."""
    if any(c.dep_ in _COMPLEMENTS for c in children):
        return True
    return head.lemma_ == "be" and any(c.dep_ == "advmod" and c.i > head.i and c.lower_ in _STATES for c in children)
