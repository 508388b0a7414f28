"""The company "the company" stands for in a market report's "Veltrane shares sank 11% after the company said …": the
company whose shares or stock are the subject of the sentence's main clause ("Veltrane shares", "Veltrane's stock",
"shares of Veltrane"), not another firm that spoke or was named a paragraph before (an analyst's). The owner is
matched to the organisation of the article its capitalised words name, or open ("Veltrane" of "Veltrane Systems",
which the parser may take for a common noun before "shares"). A part of
`Institutions._org_named_before` (institutions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import words

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Nouns of a company's traded equity, which a report's sentence makes its subject ("Veltrane shares sank").
_EQUITY_NOUNS = words("share shares stock stocks")


def company_of_shares(cast: People, p: int, token: Token) -> str:
    """The organisation whose shares are the main subject of the sentence of "the <noun>" (token of paragraph p), as
    the article named it before; "" when the subject is no company's shares or the owner is no organisation named."""
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _EQUITY_NOUNS or subject.i > token.i:
        return ""
    owners = [c for c in subject.lefts if c.dep_ in ("compound", "poss")]
    owners += [o for c in subject.rights if c.dep_ == "prep" and c.lower_ in ("of", "in") for o in c.children]
    named = [n for pos, n, label in cast.orgs if pos < (p, token.i) and label == "ORG"]
    for owner in owners:
        name = " ".join(t.text for t in token.doc[owner.left_edge.i : owner.i + 1] if t.text[:1].isupper())
        found = [n for n in named if n == name or n.startswith(f"{name} ")]
        if name and found:
            return found[-1]
    return ""
