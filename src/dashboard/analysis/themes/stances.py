"""The verbs by which a state answers another or takes a stand towards it ("Moscow denied", "Tokyo protested"):
read by `speaking` for what a state that speaks adds, and by `seats` for when a seat of government acts."""

from __future__ import annotations

#: Verbs by which a state speaking alone answers another ("Moscow denied any involvement"): an answer is to someone,
#: so it adds the whole acting weight (never a label alone, but a reply told after the accusation takes its theme).
ANSWERS = frozenset(
    ["deny", "reject", "dismiss", "respond", "reply", "retaliate", "oppose", "welcome", "regret", "deplore", "condemn"]
)
#: Verbs by which a state takes a stand towards another named beside it ("Moscow has long complained that Norway
#: ...", "Tokyo protested"): with the other state named, the whole acting weight, as an answer has.
STANCES = ANSWERS | frozenset(["accuse", "complain", "protest", "condemn", "warn", "demand", "blame", "threaten"])
