"""A name set off after a noun that carries a company's trade of its own: "X's former employer, the engine maker Y,
said", "The factory's owner, the vaccine maker Y, said". The noun before the comma ("employer", "owner") may be a
person's as well as a company's, but "the" and a trade right before the name ("the vaccine maker", "the drugmaker",
"the lender") say what the name is: a company, which speaks as itself, whatever the recogniser tagged it. A maker of a
field no company works in ("the film maker", "the policy maker") is a person, and is left alone."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.makers import made_by_company, trade_fields
from dashboard.analysis.names import BUSINESS_BEFORE_NAME, words


def company_by_trade_before(ent: Span) -> bool:
    """Whether "the" and a company's trade come right before the name ("the vaccine maker Corvalis Biologics",
    "the drugmaker Y", "the German drugmaker Y"): "maker" after a field no person's, or a noun of businesses or
    makers."""
    doc = ent.doc
    if ent.start < 2 or not doc[ent.start - 1].is_lower or trade_fields(ent) is None:
        return False
    if doc[ent.start - 1].lower_ == "maker":
        return made_by_company(ent)
    return doc[ent.start - 1].lower_ in BUSINESS_BEFORE_NAME - words("union regulator watchdog")
