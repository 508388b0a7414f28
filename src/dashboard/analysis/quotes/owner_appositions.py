"""A body named beside the object of a person noun's preposition, not the person: "A spokeswoman for Sahel Mobile's
parent, Karoo Telecom Holdings, said" is a spokeswoman of Karoo Telecom Holdings, unnamed; the name set off after
"the head of the UN office in Geneva, Ana Ruiz," is hers, as it is a person's."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS

#: Nouns of a body that owns or runs another, which a name set beside them names ("its parent, X Holdings,").
_OWNER_NOUNS = BODY_NOUNS | {"parent", "owner", "subsidiary", "unit", "affiliate", "shareholder", "partner"}


def body_beside_object(noun: Token, head: Token, label: str) -> bool:
    """Whether a name of this label, set beside `head`, an object of the person noun's preposition ("for … parent"),
    names the body that object is, not the person: an organisation's name, beside a body's noun."""
    return head is not noun and label == "ORG" and head.lemma_.lower() in _OWNER_NOUNS and head.text.islower()
