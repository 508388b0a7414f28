"""Themes of the mends after the fifty-seventh probe batch (sport in world affairs): the sports pages' look-alikes of
war, trade and diplomacy (a defence that "fought like soldiers" after a red card, a player traded between clubs, a
league's transfer embargo, a sponsor's global ambassador, the bodies that run a sport across borders, a champion's
defence of a title) are no theme,
and a state's sovereign wealth fund buying a club abroad is investment. Fictional texts on the real spaCy pipeline with
the shipped themes file."""

from __future__ import annotations

from tests.theming import article

DERBY = [
    "Kelby Athletic held on for a goalless draw at Marsham on Saturday after playing the last half hour with ten men.",
    '"Our defence fought like soldiers out there," said the Kelby manager, whose captain was sent off with a red card '
    "before the hour.",
]


def test_a_defence_that_fought_like_soldiers_is_sport(nlp, themes):
    held = article(themes, nlp, "Ten-man Kelby hold Marsham", DERBY)[1]
    assert "military" not in held, held


SWAP = [
    "Dunmore Rovers completed three deals on the last day of the window.",
    "The midfielder Tom Arkle was traded to Ashby Town in exchange for the winger Lewis Obi and a cash sum.",
    "Ashby, under a transfer embargo since March, cannot trade players for cash until the summer.",
]


def test_players_traded_between_clubs_are_no_trade(nlp, themes):
    _, traded, embargoed = article(themes, nlp, "Rovers busy on deadline day", SWAP)
    assert "trade" not in traded, traded
    assert "trade" not in embargoed, embargoed


FUND = [
    "LONDON, April 2 (Wirenews) - A consortium led by Kuwait's sovereign wealth fund has agreed to buy Dunmore Rovers "
    "for about 250 million pounds, the club said on Wednesday, the latest Gulf investment in English football.",
    "The league must still approve the sale.",
]


def test_a_sovereign_wealth_fund_buying_a_club_is_investment(nlp, themes):
    bought = article(themes, nlp, "Kuwaiti fund to buy Dunmore Rovers", FUND)[0]
    assert "trade" in bought, bought


SPONSOR = [
    "Japan's ambassador to Britain, Kenji Mori, opened the Dunmore Rovers academy's new pitch on Friday, a gift of a "
    "Japanese carmaker that has sponsored the club since 2020.",
    "The club's shirt sponsor, an Osaka airline, named former captain Dean Pryor its global ambassador.",
    "The Pakistan Cricket Board asked the International Cricket Council to move the series to a neutral venue.",
]


def test_a_sponsors_ambassador_and_a_sports_council_are_no_diplomacy(nlp, themes):
    _, named, moved = article(themes, nlp, "Envoy opens Rovers pitch", SPONSOR)
    assert "diplomacy" not in named, named
    assert "diplomacy" not in moved, moved


CHAMPION = [
    "Eight athletes of a state at war will compete under a neutral flag in Arlen after showing they serve in no army "
    "unit and have not backed the invasion.",
    "Among them is the sprinter Ana Veltri, whose defence of her title in March ended with a calf strain.",
]


def test_a_title_defence_is_sport(nlp, themes):
    defended = article(themes, nlp, "Neutral athletes cleared for Arlen", CHAMPION)[1]
    assert "military" not in defended, defended


RUNNER_UP = [
    "Eight athletes of a state at war will compete under a neutral flag in Arlen after showing they serve in no army "
    "unit and have not backed the invasion.",
    "Among them is the hurdler Mira Koss, whose defence of her European indoor title ended with a calf strain.",
]


def test_a_title_defence_with_words_between_is_sport(nlp, themes):
    defended = article(themes, nlp, "Neutral athletes cleared for Arlen", RUNNER_UP)[1]
    assert "military" not in defended, defended
