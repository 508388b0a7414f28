"""An under secretary, and a secretary of a state's portfolio, hold public office whatever the recogniser makes of
the portfolio and the office named after it; a company's secretary does not (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_secretary_of_a_portfolio_named_before_the_name_is_an_official(nlp):
    rows = profiles_of(
        nlp,
        "Assistant Secretary of Commerce for Export Enforcement Thomas Varley said four firms in Velmora had lost "
        "their licences.",
    )
    assert [(speaker, kind) for speaker, kind, _ in rows] == [("Thomas Varley", "official")]


def test_a_body_s_under_secretary_set_before_the_name_gives_the_role_and_the_body(nlp):
    rows = profiles_of(
        nlp,
        "Treasury's Under Secretary for Terrorism and Financial Intelligence, Owen Basford, said the network had "
        "moved $80 million through shell firms in Corvale.",
    )
    assert rows == [("Owen Basford", "official", "Treasury")]


def test_a_company_secretary_stays_with_the_company(nlp):
    rows = profiles_of(
        nlp, "Brenna Holt, company secretary of Larchmont Foods, said the board would meet again on Friday."
    )
    assert rows == [("Brenna Holt", "other", "Larchmont Foods")]
