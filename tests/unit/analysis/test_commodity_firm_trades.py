"""A miner, a trader, a producer or a refiner named by the trade before its name, as the place someone heads or works at
("chief executive of the Australian miner Y"), is the person's company, not the country the adjective names; a miner
so named on their own stays a person. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_chief_executive_of_a_miner_named_after_its_trade_is_the_companys(nlp):
    found = profiles_of(
        nlp,
        "Hal Brennock-Tay, chief executive of the Australian miner Tarrawong Bauxite, said a refinery would cost "
        "more than the company could raise.",
    )
    assert found == [("Hal Brennock-Tay", "other", "Tarrawong Bauxite")]


def test_a_miner_tagged_an_organisation_is_no_country_either(nlp):
    found = profiles_of(
        nlp, "Maria Lund-Perez, chief executive of the Canadian miner Hollow Peak Resources, said output would fall."
    )
    assert found == [("Maria Lund-Perez", "other", "Hollow Peak Resources")]


def test_the_finance_chief_of_a_producer_and_the_head_of_a_traders_desk(nlp):
    found = profiles_of(
        nlp,
        "Ana Riel-Moss, chief financial officer of the Norwegian producer Harrow Basin Energy, said output would "
        "rise next year.",
        "Jo Penn-Ward, head of metals at the Swiss trader Halvick Commodities, said copper would rise.",
    )
    assert found == [
        ("Ana Riel-Moss", "other", "Harrow Basin Energy"),
        ("Jo Penn-Ward", "other", "Halvick Commodities"),
    ]


def test_a_miner_named_on_his_own_is_a_person_of_no_company(nlp):
    found = profiles_of(nlp, "The miner Joe Tallis-Brook, 54, said the shaft had flooded twice in a month.")
    assert found == [("Joe Tallis-Brook", "other", "")]
