"""A company's short name that the recogniser took for a place where it owns a company's results or parts:
"Larkspire's half-year operating profit fell 3%" after "Larkspire Lotteries", "Larkspire" tagged a place. The word is
the company the article named in full with it first, so "the company said" and "the operator's finance chief" that
follow mean that company. Only a word no country goes by and only the first word of one organisation named in full;
"Boston's budget" or "China's profits" stay places, and a town's revenues or sales are no company's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dashboard.analysis.entity_labels import full_organisation
from dashboard.analysis.names import words
from dashboard.analysis.quotes.countries import is_country

if TYPE_CHECKING:
    from dashboard.analysis.entities import Mention

#: What a company owns or reports and a town does not, as the noun its name owns ("Larkspire's operating profit").
_COMPANY_OWNED = words("""
profit profits earnings shares shareholders dividend margin margins
""")


def companies_taken_for_places(docs: list[Doc], found: list[Mention], canonical: list[str], labels: list[str]) -> None:
    """Give a one-word name tagged a place that owns a company's results to the one organisation named in full with it
    first, in place."""
    organisations = sorted({n for n, label in zip(canonical, labels, strict=True) if label == "ORG" and " " in n})
    for i, m in enumerate(found):
        name = canonical[i]
        if labels[i] != "GPE" or " " in name or not organisations or is_country(name):
            continue
        if not (full := full_organisation(name, organisations)):
            continue
        span = docs[m.paragraph].char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is not None and len(span) == 1 and span.root.dep_ == "poss" and _owns_results(span.root.head):
            canonical[i], labels[i] = full, "ORG"


def _owns_results(noun: Token) -> bool:
    """Whether a noun owned by the name is a company's result or part ("operating profit", "shares")."""
    return noun.lemma_.lower() in _COMPANY_OWNED or noun.lower_ in _COMPANY_OWNED
