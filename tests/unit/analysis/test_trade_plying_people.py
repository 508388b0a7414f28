"""A person named by a given name and a surname, set off before a trade a business plies as well ("Helen Varrow, the
ferry operator, said", "Olivia Penwick, the supplier,"), is that person in the trade, not a body speaking as itself;
a company's name before such a trade, or before a noun only a company is, stays the company's."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, profiles_of


def _kind(nlp, *paragraphs: str) -> tuple[str, str]:
    (row,) = profiles_of(nlp, *paragraphs)
    return row[0], row[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{L}We will add a second boat in spring,{R} Helen Varrow, the ferry operator, said.",
            ("Helen Varrow", "other"),
        ),
        (f"{L}Bookings are up on last year,{R} said Marek Tolliver, the tour operator.", ("Marek Tolliver", "other")),
        (f"{L}Prices will rise before the winter,{R} Olivia Penwick, the supplier, said.", ("Olivia Penwick", "other")),
        (
            f"{L}Sales fell in the second quarter,{R} Daniel Brackwater, the retailer, said.",
            ("Daniel Brackwater", "other"),
        ),
        (f"{L}Stock is short this month,{R} said Maria Quellan, the grain distributor.", ("Maria Quellan", "other")),
        # near-misses: a company's name, or a noun only a company is, keeps the company
        (f"{L}Rates will rise,{R} Ostrand Freight, a logistics firm, said.", ("Ostrand Freight", "institution")),
        (f"{L}Rates will rise,{R} Helen Varrow, a logistics firm, said.", ("Helen Varrow", "institution")),
        (
            f"{L}We will add a second boat,{R} Brightwake Ferries, the operator, said.",
            ("Brightwake Ferries", "institution"),
        ),
        (f"{L}We will add a second boat,{R} Brightwake Ferries said.", ("Brightwake Ferries", "institution")),
    ],
)
def test_a_name_set_before_a_trade_is_a_person_unless_the_trade_is_a_companys(nlp, text, expected):
    assert _kind(nlp, text) == expected


def test_the_operator_after_a_company_was_named_stays_the_company(nlp):
    first = "Brightwake Ferries runs the island route."
    text = f"{L}We will add a second boat,{R} the operator said."
    assert _kind(nlp, first, text) == ("Brightwake Ferries", "institution")
