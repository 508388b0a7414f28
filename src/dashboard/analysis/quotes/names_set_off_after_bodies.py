"""A person named after the body a role serves: "A spokesman for the trading house Kestrel Trading, Ann Roe, said …".
The parser hangs the person's name on the body's name, not on the role, so the body's name, met first, would be taken
for the one the role describes; the name set off by commas right after it is the spokesman's."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.roles import ORG_LABELS
from dashboard.analysis.quotes.trade_houses import trade_house

#: Marks that may close a name set off after a body's name.
_CLOSING = frozenset({",", ";", "."})


def person_set_off_after_body(name: Token, label: str) -> Token | None:
    """The head of a person's name set off by commas right after the name of a body (`name`, its head, tagged
    `label`: an organisation, or anything after "the trading house") and hung on it as an apposition ("Kestrel
    Trading, Ann Roe,"), or None."""
    doc = name.doc
    if label not in ORG_LABELS and not (name.dep_ == "appos" and trade_house(name.head)):
        return None
    for child in name.rights:
        if child.dep_ != "appos" or child.ent_type_ != "PERSON":
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        opened = start == name.i + 2 and doc[name.i + 1].text == ","
        if opened and (end == len(doc) or doc[end].text in _CLOSING):
            return child
    return None
