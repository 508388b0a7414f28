"""People named after a title and its portfolio whom the recogniser did not tag as people: "Minister for Local
Government Hamid Raza Khan said" may come out with no entity at all, or with the surname alone taken for an
organisation, and the parser then reads the portfolio into the name. The words after the portfolio, up to the end of
the run of capitalised words, are the holder's name (`portfolio_before_name` decides what a portfolio and a name are);
the title and the portfolio are no part of it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.quotes.portfolio_holders import names_portfolio_title, portfolio_before_name, portfolio_word

#: Prepositions between a title and its portfolio.
_PREPOSITIONS = frozenset({"for", "of"})


def with_portfolio_holders(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with a person's span for each untagged name after "Minister for" and a portfolio, in place of
    the entities the recogniser put inside the run of the portfolio and the name."""
    if not names_portfolio_title(doc):
        return ents  # most paragraphs name no minister or secretary: no run after their "for" and "of" is read
    for preposition in (doc[i] for i in places_of(doc, _PREPOSITIONS, lower=True)):
        end = preposition.i + 1
        while end < len(doc) and doc[end].is_title:
            end += 1
        run = tuple(doc[preposition.i + 1 : end])
        if not run or not portfolio_before_name(run):
            continue
        start = preposition.i + 1
        while portfolio_word(doc[start]):
            start += 1
        inside = [e for e in ents if e.start < end and e.end > preposition.i]
        if any(e.label_ == "PERSON" or e.start <= preposition.i or e.end > end for e in inside):
            continue  # tagged a person already, or an entity that reaches out of the run: left as it is
        ents = sorted([e for e in ents if e not in inside] + [Span(doc, start, end, label="PERSON")])
    return ents
