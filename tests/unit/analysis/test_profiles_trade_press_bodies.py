"""Bodies and companies as the trade press names them: a trade directorate whose name ends with "General" is a body,
no person titled a general; a one-word maker of goods ("toolmaker") and an importer or exporter named before a
company's name make it the company the person works for (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_directorate_general_speaks_as_a_body(nlp):
    rows = profiles_of(nlp, "The Directorate General of Foreign Trade said exports of barley to Corvale would resume.")
    assert rows == [("Directorate General of Foreign Trade", "institution", "")]


def test_a_hyphenated_directorate_general_speaks_as_a_body(nlp):
    rows = profiles_of(nlp, "The Directorate-General for Fisheries said the quota talks with Velmora would resume.")
    assert rows == [("Directorate-General for Fisheries", "institution", "")]


def test_a_toolmaker_before_a_name_makes_a_company_of_it(nlp):
    rows = profiles_of(
        nlp,
        "Ilse Brandvold, a spokeswoman for the Danish toolmaker Korsholm Precision, said the firm had cut its "
        "forecast.",
    )
    assert rows == [("Ilse Brandvold", "other", "Korsholm Precision")]


def test_an_importer_before_a_company_s_name_is_the_workplace(nlp):
    rows = profiles_of(
        nlp,
        "Vikram Joshi, chief executive of the Pune-based importer Konkan Steel, said the duties would raise the cost "
        "of steel.",
    )
    assert rows == [("Vikram Joshi", "other", "Konkan Steel")]


def test_a_council_named_by_the_goods_its_members_make_is_a_trade_body(nlp):
    rows = profiles_of(
        nlp,
        "The Tarrow Copper Council, a trade group for smelters, said the tariffs would close mines in Velmora.",
        "Its president, Jonas Pellworth, said members had lost orders worth $2 billion since the spring.",
    )
    assert rows[-1] == ("Jonas Pellworth", "other", "Tarrow Copper Council")
