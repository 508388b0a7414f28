"""People who own, run, staff or live at a business, named by the business's kind ("the motel owner", "the mine
manager", "the factory worker"): such a description is a person tied to the business, never the company whose name
holds the kind ("Spruce Lane Motel"), as "the grain trader" may be the trading house that was named before."""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of people who keep a business or work or live in it, not the business itself.
KEEPERS = frozenset({"owner", "manager", "employee", "worker", "staffer", "tenant", "resident", "chef", "shopkeeper"})


def keeps_business(noun: Token) -> bool:
    """Whether a description's noun names someone who keeps, works at or lives in a business ("the motel owner")."""
    return noun.lemma_.lower() in KEEPERS
