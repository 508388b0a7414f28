"""Themes of the mends after the thirty-seventh probe batch (business newswire where the themes cross): a fight for
control of a company, told in the words of war (a "takeover battle", a bid called a declaration of war on the
shareholders) is no armed conflict; and the foreign ministers of a "foreign and defence ministers" meeting are
diplomacy's, as a foreign minister is, never a word of foreign trade; and a state that brings a share of a firm's
sales ("China accounted for 31 percent of its sales") is its market, as one that buys that share is; and commerce
turned into a "political weapon" is no weapon of war. Fictional texts on the real spaCy pipeline with the shipped
themes file."""

from __future__ import annotations

from tests.theming import article

TAKEOVER = [
    "OSLO, March 2 (Newsline) - The board of Norwegian salmon farmer Fjellvik Sjomat on Monday turned down a sweetened "
    "bid from its rival Havbruk, digging in for a drawn-out takeover battle that brokers say could last until the "
    "summer.",
    "Havbruk, which holds 22 percent of Fjellvik, called the board's answer a declaration of war on its own "
    "shareholders and said it would put the offer straight to investors.",
    "Fjellvik's chairwoman, Siri Nygaard, said the bid put too low a price on the farms and that the board had asked "
    "its bankers to look at every line of defence.",
    'Few expect a truce. "Both camps have war chests and neither can afford to back down," said Ingrid Moe, an analyst '
    "in Bergen.",
]


def test_a_takeover_fight_told_in_words_of_war_is_no_war(nlp, themes):
    lead, declaration = article(themes, nlp, "Fjellvik Board Turns Down Sweetened Havbruk Bid", TAKEOVER)[:2]
    assert "military" not in lead and "military" not in declaration, (lead, declaration)


def test_a_battle_between_armies_is_still_war(nlp, themes):
    war = [
        "KHARTOUM, March 2 (Newsline) - The army and a rival militia fought a fierce battle for control of an airbase "
        "north of the capital on Monday, residents said.",
    ]
    assert "military" in article(themes, nlp, "Army And Militia Battle For Airbase", war)[0]


MINISTERS = [
    "JAKARTA, May 4 (Newsline) - Indonesia and Vietnam signed agreements on fisheries, rice and electric buses on "
    "Tuesday during a visit by the Vietnamese president, and set a goal of $20 billion in trade by 2030.",
    "The two presidents also agreed to hold yearly meetings of their foreign and defence ministers.",
]


def test_foreign_and_defence_ministers_are_no_word_of_trade(nlp, themes):
    verdicts = article(themes, nlp, "Indonesia And Vietnam Sign Rice, Bus Deals", MINISTERS)
    assert "diplomacy" in verdicts[1] and "trade" not in verdicts[1], verdicts


CURBS = [
    "TOKYO, May 3 (Newsline) - Japan on Friday tightened export controls on three chemicals used to make memory chips, "
    "requiring licences for shipments to South Korea, the trade ministry said.",
    "Shares in Horvik Materials, the Osaka-based chemicals maker hit hardest by the rules, fell 5 percent. {} "
    "accounted for 38 percent of its {} last year.",
    "Seoul said it would study the measures and respond calmly.",
]


def curbs_with(who: str, what: str) -> list[str]:
    return [CURBS[0], CURBS[1].format(who, what), CURBS[2]]


def test_a_state_that_brings_a_share_of_a_firms_sales_is_its_market(nlp, themes):
    curbs = curbs_with("South Korea", "sales")
    assert "trade" in article(themes, nlp, "Japan Tightens Curbs On Chip Chemicals", curbs)[1]


def test_a_share_of_staff_or_brought_by_no_state_is_no_market(nlp, themes):
    for who, what in [("South Korea", "staff"), ("Women", "sales")]:
        curbs = curbs_with(who, what)
        assert "trade" not in article(themes, nlp, "Japan Tightens Curbs On Chip Chemicals", curbs)[1], who


BARLEY = [
    "CANBERRA, June 2 (Newsline) - Australia on Monday suspended imports of Canadian barley for six months, citing a "
    "pest found in two cargoes, the agriculture ministry said.",
    "A Canadian government spokesman said Canberra was turning ordinary commerce into a {} weapon and called the pest "
    "claim a pretext.",
]


def test_commerce_made_a_political_weapon_is_no_weapon_of_war(nlp, themes):
    for kind in ["political", "economic"]:
        story = [BARLEY[0], BARLEY[1].format(kind)]
        assert "military" not in article(themes, nlp, "Canberra Curbs Barley Imports; Ottawa Protests", story)[1], kind
