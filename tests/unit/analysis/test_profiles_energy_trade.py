"""Bodies and workplaces as energy news names them: a grid's "System Operator" or "Transmission Operator" ends the
operator's name; a name set after the trade of the company a person works "at" ("at the Dutch developer Y") is that
company, however the recogniser tagged it; "group" before a chief executive's title whose own words name the company
("group chief executive of the oil company Y") is part of the title, no pointer to a group named before; and the
president of a numbered UN climate conference ("COP41 President X") speaks for the states that meet there, an
official (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_system_operator_speaks_under_its_whole_name(nlp):
    rows = profiles_of(
        nlp, "Lowmoor Independent System Operator said in a statement that the outage report would come in May."
    )
    assert rows == [("Lowmoor Independent System Operator", "institution", "")]


def test_the_name_after_a_developer_one_works_at_is_the_company(nlp):
    rows = profiles_of(
        nlp,
        "Piet Vandersloot, country manager for Norway at the Dutch developer Vennhoek Wind, said the company would "
        "bid again next year.",
    )
    assert rows == [("Piet Vandersloot", "other", "Vennhoek Wind")]


def test_a_group_chief_executive_of_a_named_company_is_not_of_the_group_named_before(nlp):
    rows = profiles_of(
        nlp,
        "The Caspian Producers Forum said in a statement that its members would keep their quotas until March.",
        "Omar Tashkenov, group chief executive of the state oil company Aralmunai Petroleum Corporation, said the "
        "company would drill three new wells.",
    )
    assert rows[1] == ("Omar Tashkenov", "other", "Aralmunai Petroleum Corporation")


def test_the_president_of_a_numbered_climate_conference_is_an_official(nlp):
    rows = profiles_of(nlp, '"We have a text every party can sign," COP41 President Tevita Lolohea told delegates.')
    assert rows == [("Tevita Lolohea", "official", "COP41")]
