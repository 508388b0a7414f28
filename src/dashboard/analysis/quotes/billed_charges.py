"""A charge that bills, not one that accuses: "a firm he controls has charged the campaign roughly $1.4 million", "the
clinic charges patients a $40 fee". "Charge" reports speech when it accuses ("critics charged that the audit was
rigged"); with a sum of money or a price as its object it asks for payment, and nothing was said."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Objects that are a price asked ("charged a fee"), besides a sum of money the recogniser tags.
_PRICES = words("fee fees price prices rate rates rent fare fares toll tolls premium premiums interest")
#: Dependencies of what a bill is charged: its objects ("charged the campaign $2 million").
_OBJECTS = frozenset({"dobj", "dative", "npadvmod"})


def billed(verb: Token) -> bool:
    """Whether the cue is "charge" asking for a sum of money or a price, not an accusation."""
    if verb.lemma_.lower() != "charge":
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    return any(o.ent_type_ == "MONEY" or o.lemma_.lower() in _PRICES for o in objects)
