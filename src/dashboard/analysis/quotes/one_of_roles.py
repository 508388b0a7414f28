"""A person described as one of a group ("Ann Roe, one of the company's founders,", "X, one of the firm's two
co-chief executives,"): the apposition is the number "one", which describes no one; the plural role noun its "of"
names is the description, with its owner, as "a founder of the company" would be. A title of office right before the
name ("Senator X, one of the party's leaders,") still says in what office the person speaks, so the group does not
replace it there; nor does a group placed "in" something ("one of the best-known presenters in British radio", "one
of the gunmen in the raid in Y"), which ranks the person or tells an event, not a body they serve."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.titles_over_appositions import office_held_before


def one_of(appositive: Token, root: Token, ent: Span) -> Token:
    """The plural noun of "one of the company's founders" set beside a name with no title of office before it; the
    appositive itself otherwise."""
    if appositive.lower_ != "one" or office_held_before(root, ent) is not None:
        return appositive
    of = next((c for c in appositive.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    plural = [c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")] if of is not None else []
    placed = plural and any(c.dep_ == "prep" and c.lower_ == "in" for c in plural[0].children)
    return plural[0] if plural and not placed else appositive
