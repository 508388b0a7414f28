"""A spokesperson for a company the article calls by its trade ("A spokesman for the trader, X, said" after a trading
house was named) speaks for the company named last as a clause's subject: no trader, and not of the bank whose
analyst spoke since; a name set off after "the trader" with no spokesperson before it is still the trader's.
Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_spokesman_for_the_trader_speaks_for_the_trading_house(nlp):
    rows = profiles_of(
        nlp,
        "Commodity trading house Brantwell Commodities said on Wednesday its annual profit fell by a third.",
        "Ines Castellane-Duro, head of metals research at Sorrel Bank, said the results were better than expected.",
        "A spokesman for the trader, Fabrice Nydegger-Lomb, said Brantwell had settled a dispute with a Zambian "
        "smelter.",
    )
    assert rows[-1] == ("Fabrice Nydegger-Lomb", "other", "Brantwell Commodities")


def test_a_spokeswoman_for_the_miner_speaks_for_the_mining_company(nlp):
    rows = profiles_of(
        nlp,
        "Australian miner Tarrawong Bauxite said on Wednesday its annual profit fell by a third.",
        "A spokeswoman for the miner, Leonie Paterson-Quay, said Tarrawong had settled a dispute with a smelter.",
    )
    assert rows[-1] == ("Leonie Paterson-Quay", "other", "Tarrawong Bauxite")


def test_a_name_set_off_after_the_trader_with_no_spokesman_is_the_traders(nlp):
    rows = profiles_of(
        nlp,
        "A metals trader in Geneva was arrested on Monday.",
        "The trader, Nils Ekdahl-Brun, said he had done nothing wrong.",
    )
    assert rows == [("Nils Ekdahl-Brun", "other", "")]
