"""A person who works a machine, told by the machine before "operator" ("Darnell, a machine operator at the plant,",
"a forklift operator", "a crane operator"): "operator" is as often a company's noun ("a grid operator", "the rail
operator"), so it describes a person only with a machine or tool a worker handles before it, and a name the recogniser
tagged an organisation, set beside such a description, is a worker's."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Machines and tools that one worker handles, named before "operator"; not what a company runs (a grid, a port).
WORKED_MACHINES = words("""
machine forklift crane camera equipment lathe press backhoe bulldozer excavator drill sewing switchboard radio drone
lift elevator loader tractor harvester saw kiln boom mixer
""")


def operates_a_machine(noun: Token) -> bool:
    """Whether the noun is "operator" with a machine a worker handles before it ("a machine operator")."""
    return noun.lemma_.lower() == "operator" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in WORKED_MACHINES for c in noun.lefts
    )
