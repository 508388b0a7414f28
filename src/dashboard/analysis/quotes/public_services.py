"""Public services named by what they do, whose staff serve a town, a county, a province or a state: a fire district,
a school district, a highway patrol, a weather service, an office of emergency management. No company's name says
these things together, so a body named by one of them is a state's, whoever runs it; and a "service" named by a
field of public work ("the prosecution service said") speaks as a state's body."""

from __future__ import annotations

from spacy.tokens import Token

#: Public services named by what they do ("Jackson County Fire District", "the State Highway Patrol", "the National
#: Weather Service", "the county's Office of Emergency Management").
PUBLIC_SERVICES = (
    *(f"fire {w}" for w in ("department", "service", "brigade", "district", "and rescue", "protection district")),
    *(f"{w} district" for w in ("school", "water", "sanitation")),
    *(f"{w} patrol" for w in ("highway", "state", "border")),
    "weather service",
    "emergency management",
    "sheriff's office",
    "sheriff's department",
    "medical examiner's office",
    "coroner's office",
    "fire marshal's office",
)

#: Fields of public work by which a state's service is named ("the prosecution service", "the security service").
_SERVICE_FIELDS = frozenset(
    {
        "prosecution", "security", "intelligence", "counter-intelligence", "counterintelligence", "weather",
        "meteorological", "geological", "health", "park", "parks", "border", "customs", "tax", "prison", "prisons",
        "probation", "immigration", "ambulance", "postal", "forestry", "coastguard",
    }
)  # fmt: skip


def names_public_service(noun: Token) -> bool:
    """ "The public prosecution service said", "Sweden's security service says": the noun "service" named by a field
    of public work before it, a state's body that speaks as itself (not "the memorial service", "a streaming
    service")."""
    fields = (c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.text.islower())
    return noun.lemma_.lower() == "service" and noun.pos_ == "NOUN" and any(c.lower_ in _SERVICE_FIELDS for c in fields)
