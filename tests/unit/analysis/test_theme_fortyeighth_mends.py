"""Themes of the mends after the forty-eighth probe batch (precision traps and soft power): clubs swapping players
for draft picks before a league's "trade deadline" in a playoff race are sport, no trade; a player "known as the
Missile" who is a club's top scorer is no weapon; a panda lent to a zoo abroad is soft power, no loan between markets,
and the zoo's spending on it no trade; a state's cultural centre closed by its host is relations between the two;
"the waiver" after a visa-free deal goes on with the deal. Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.continuation import Reference, reference
from tests.theming import article

SWAP = [
    "The Marlow Otters sent winger Pavel Drozd to the Fenby Kites an hour before Thursday's trade deadline, taking "
    "back a defenceman and a second-round pick.",
    "The Kites, who sit two points off a playoff place, have made three trades in a month.",
]


def test_clubs_swapping_players_before_a_trade_deadline_are_no_trade(nlp, themes):
    swap, race = article(themes, nlp, "Otters Send Drozd To Kites", SWAP)
    assert "trade" not in swap and "trade" not in race, (swap, race)


def test_a_trade_deal_between_states_with_a_deadline_is_still_trade(nlp, themes):
    (talks,) = article(
        themes,
        nlp,
        "Talks on customs union near deadline",
        ["Brellia and Tovar set a June deadline to finish talks on a trade agreement cutting tariffs on steel."],
    )
    assert "trade" in talks, talks


def test_a_top_scorer_nicknamed_the_missile_is_no_weapon(nlp, themes):
    (winger,) = article(
        themes,
        nlp,
        "Kites beat Otters",
        ["Drozd, whom fans call the Missile, is the club's top scorer."],
    )
    assert "military" not in winger, winger


PANDAS = [
    "OSLO, May 2 - Two giant pandas arrived in Oslo on Sunday on a 15-year loan from China, a year after the two "
    "governments agreed to deepen ties during a visit by Norway's prime minister to Beijing.",
    "The city zoo said their new house, with a bamboo garden and a chilled pond, had cost 40 million crowns.",
]


def test_a_panda_loan_is_diplomacy_and_its_zoos_spending_no_trade(nlp, themes):
    lead, house = article(themes, nlp, "Pandas Land In Oslo On Loan From China", PANDAS)
    assert "diplomacy" in lead and "trade" not in lead, lead
    assert "trade" not in house, house


def test_a_cultural_centre_closed_by_its_host_state_is_diplomacy(nlp, themes):
    (closure,) = article(
        themes,
        nlp,
        "Moldova Shuts Russian Cultural Centre, Expels Its Head",
        [
            "Moldova ordered a Russian state-funded cultural centre in Chisinau to close on Friday and gave its head "
            "three days to leave the country."
        ],
    )
    assert "diplomacy" in closure, closure


def test_the_waiver_refers_back_to_what_the_article_told(nlp):
    assert reference(nlp("Hoteliers said the waiver had already doubled bookings.")) == Reference("the waiver", False)
