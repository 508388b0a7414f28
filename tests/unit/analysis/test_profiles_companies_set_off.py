"""A name set beside a noun of people's trades ("The mine's developer, X, said") that the article describes right
after as a company ("X, a company listed in London,"): the company speaks, as an institution, not a person named X.
Fictional texts of our own, gold written before any run."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of, wrong_profiles

#: (id, paragraph, (anchor, speaker, kind, affiliation)): the gold profile of the quote.
CASES = [
    (
        "developer-one-word",
        "The mine's developer, Lusolith, a company listed in London, said it would appeal the ruling.",
        ("appeal the ruling", "Lusolith", "institution", ""),
    ),
    (
        "developer-two-words",
        "The quarry's developer, Brenmoor Aggregates, a company listed in Toronto, said it would appeal the ruling.",
        ("appeal the ruling", "Brenmoor Aggregates", "institution", ""),
    ),
    (
        "owner-a-person",
        "The farm's owner, Anna Berg, a retired teacher, said she would appeal the ruling.",
        ("appeal the ruling", "Anna Berg", "other", ""),
    ),
]


@pytest.mark.parametrize("paragraph, gold", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_name_described_as_a_company_is_the_company(nlp, paragraph, gold):
    assert wrong_profiles(quote_rows_of(nlp, paragraph), [gold]) == []
