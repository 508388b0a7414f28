"""A committee or group of the holders of a debt, which a person "heads" or "chairs" and which the story named before
("X, who heads the committee of bondholders," after "the Zembia External Bondholder Committee said"): the holders in
its "of" phrase are its members and name no other body, so the words mean the committee named before."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Private holders of a debt, who form committees and groups of their own ("bondholder committee").
DEBT_HOLDERS = words("bondholder noteholder")
#: Holders of a debt that a committee or a group of them is made of ("of bondholders", "of its creditors").
_HOLDERS = DEBT_HOLDERS | {"creditor"}
#: Nouns of the bodies such holders form.
HOLDERS_BODIES = words("committee group")


def of_its_holders(child: Token) -> bool:
    """Whether the child of a body's noun is an "of" phrase of holders of a debt ("of bondholders", "of its
    creditors"), the members the body is made of."""
    objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "of" else []
    return any(o.tag_ == "NNS" and o.lemma_.lower() in _HOLDERS for o in objects)
