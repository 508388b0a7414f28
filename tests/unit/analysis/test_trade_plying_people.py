"""A person named by a given name and a surname, set off before a trade a business plies as well ("Helen Varrow, the
ferry operator, said", "Olivia Penwick, the supplier,"), is that person in the trade, not a body speaking as itself;
a company's name before such a trade, or before a noun only a company is, stays the company's."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of


def _kind(nlp, *paragraphs: str) -> tuple[str, str]:
    (row,) = profiles_of(nlp, *paragraphs)
    return row[0], row[1]


def test_a_person_set_before_the_ferry_operator_is_a_person(nlp):
    text = f"{L}We will add a second boat in spring,{R} Helen Varrow, the ferry operator, said."
    assert _kind(nlp, text) == ("Helen Varrow", "other")


def test_a_person_set_before_the_tour_operator_after_the_cue_is_a_person(nlp):
    text = f"{L}Bookings are up on last year,{R} said Marek Tolliver, the tour operator."
    assert _kind(nlp, text) == ("Marek Tolliver", "other")


def test_a_person_set_before_the_supplier_is_a_person(nlp):
    text = f"{L}Prices will rise before the winter,{R} Olivia Penwick, the supplier, said."
    assert _kind(nlp, text) == ("Olivia Penwick", "other")


def test_a_person_set_before_the_retailer_is_a_person(nlp):
    text = f"{L}Sales fell in the second quarter,{R} Daniel Brackwater, the retailer, said."
    assert _kind(nlp, text) == ("Daniel Brackwater", "other")


def test_a_person_set_before_the_grain_distributor_is_a_person(nlp):
    text = f"{L}Stock is short this month,{R} said Maria Quellan, the grain distributor."
    assert _kind(nlp, text) == ("Maria Quellan", "other")


def test_a_company_set_before_a_noun_only_a_company_is_stays_the_company(nlp):
    text = f"{L}Rates will rise,{R} Ostrand Freight, a logistics firm, said."
    assert _kind(nlp, text) == ("Ostrand Freight", "institution")


def test_a_given_name_set_before_a_noun_only_a_company_is_stays_a_company(nlp):
    text = f"{L}Rates will rise,{R} Helen Varrow, a logistics firm, said."
    assert _kind(nlp, text) == ("Helen Varrow", "institution")


def test_the_operator_after_a_company_was_named_stays_the_company(nlp):
    first = "Brightwake Ferries runs the island route."
    text = f"{L}We will add a second boat,{R} the operator said."
    assert _kind(nlp, first, text) == ("Brightwake Ferries", "institution")
