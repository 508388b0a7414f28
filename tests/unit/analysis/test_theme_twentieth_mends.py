"""Themes told through weak words and their look-alikes (the twentieth probe batch's mends): a football match's
attack and defence are no war, a trial's payments and loans are no trade, and fishing access sold by one state to
another's fleets is trade. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, labels
from tests.theming import article


def labelled(themes: Themes, nlp, text: str) -> list[str]:
    return labels(themes.score(nlp(text)))


def test_a_football_matchs_attack_and_defence_are_no_war(themes, nlp):
    for text in [
        "Ghana's attack pressed from the first whistle, and their winger beat a nervous defence to score in extra "
        "time.",
        "The visitors' defence held until a header from a corner in the 80th minute; their attack never recovered.",
    ]:
        assert "military" not in labelled(themes, nlp, text), text
    assert "military" in labelled(themes, nlp, "Rebels renewed their attack on the town's defences at dawn.")


def test_a_trials_payments_and_loans_are_no_trade(themes, nlp):
    for text in [
        "The former governor denies the charges. His lawyer said the payments were loans from his brother-in-law.",
        "The councillor went on trial on Monday, accused of taking payments and a loan from a builder.",
    ]:
        assert "trade" not in labelled(themes, nlp, text), text
    text = "Exporters said payments from buyers in Egypt had been delayed by a loan freeze at the central bank."
    assert "trade" in labelled(themes, nlp, text)


def test_fishing_access_sold_to_another_states_fleets_is_trade(themes, nlp):
    for text in [
        "Mauritania renewed its fisheries agreement with the European Union, letting 40 Spanish trawlers work its "
        "waters for three more years.",
        "The islands earn more from selling fishing licences to foreign fleets than from any other source.",
    ]:
        assert "trade" in labelled(themes, nlp, text), text


def test_the_states_goods_come_from_are_no_parties_to_relations(themes, nlp):
    for text in [
        "Morocco's energy minister said the kingdom would import more gas from Algeria and Nigeria.",
        "Chile's mining minister said the smelters would process more copper from Peru and Bolivia.",
    ]:
        assert "diplomacy" not in labelled(themes, nlp, text), text
    text = "Morocco's foreign minister said the kingdom would seek help from Algeria and Nigeria at the summit."
    assert "diplomacy" in labelled(themes, nlp, text)


def test_a_national_held_by_another_state_is_a_case_between_them(nlp, themes):
    from dashboard.analysis.themes.held import held_abroad

    assert held_abroad(nlp("Seven Kenyan fishermen held by Somalia since March have been freed."))
    assert not held_abroad(nlp("Two Nigerians arrested by police in Lagos were charged with fraud."))
    text = (
        "Eritrea handed over 14 Ethiopian soldiers on Tuesday in exchange for three Eritrean officers held by "
        "Ethiopia, the first such handover since the war."
    )
    labels = article(themes, nlp, "Eritrea And Ethiopia Exchange Prisoners", [text, "Relatives waited at the airport."])
    assert "diplomacy" in labels[0]
