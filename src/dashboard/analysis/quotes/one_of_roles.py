"""A person described as one of a group ("Ann Roe, one of the company's founders,", "X, one of the bank's two
economists,"): the apposition is the number "one", which describes no one; the plural role noun its "of" names is the
description, with its owner, as "a founder of the company" would be."""

from __future__ import annotations

from spacy.tokens import Token


def one_of(appositive: Token) -> Token:
    """The plural noun of "one of the company's founders" set beside a name; the appositive itself otherwise."""
    if appositive.lower_ != "one":
        return appositive
    of = next((c for c in appositive.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    plural = [c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")] if of is not None else []
    return plural[0] if plural else appositive
