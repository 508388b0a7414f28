"""A name set off after a noun that carries a company's trade of its own: "X's former employer, the engine maker Y,
said", "The factory's owner, the vaccine maker Y, said". The noun before the comma ("employer", "owner") may be a
person's as well as a company's, but "the" and a trade right before the name ("the vaccine maker", "the drugmaker",
"the lender") say what the name is: a company, which speaks as itself, whatever the recogniser tagged it. A maker of a
field no company works in ("the film maker", "the policy maker") is a person, and is left alone."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import BUSINESS_BEFORE_NAME, words

#: Fields whose "maker" is a person ("the film maker X", "the decision maker X"), not a company.
_PEOPLES_MAKERS = words("film movie policy decision law king match peace deal rain trouble home")


def company_by_trade_before(ent: Span) -> bool:
    """Whether "the" and a company's trade come right before the name ("the vaccine maker Corvalis Biologics",
    "the drugmaker Y"): "maker" after a lower-case field no person's, or a noun of businesses or makers."""
    doc = ent.doc
    if ent.start < 2 or not doc[ent.start - 1].is_lower:
        return False
    trade = doc[ent.start - 1]
    fields = list(doc[max(ent.start - 4, 0) : ent.start - 1])
    while fields and fields[0].lower_ != "the":
        fields = fields[1:]
    if not fields or not all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in fields[1:]):
        return False
    if trade.lower_ == "maker":
        return len(fields) > 1 and fields[-1].lower_ not in _PEOPLES_MAKERS
    return trade.lower_ in BUSINESS_BEFORE_NAME - words("union regulator watchdog")
