"""Themes of the mends after the forty-fifth probe batch (maritime and shipping news): the shipping market's own words
(the day's spot rate for a box or a ship, the marine underwriters and the war-risk area they list, cargoes in the
plural) are trade, and dockers walking out over their jobs at a terminal are a labour dispute at home, which a
shipping story around them does not make trade. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

from tests.theming import article


def test_spot_rates_for_boxes_between_two_ports_are_trade(nlp, themes):
    (rates,) = article(
        themes,
        nlp,
        "Box rates climb",
        ["Spot rates from Kelport to Varnholm rose 20 percent in a week, and shippers of toys braced for delays."],
    )
    assert "trade" in rates, rates


def test_underwriters_widening_their_listed_area_are_trade(nlp, themes):
    (cover,) = article(
        themes,
        nlp,
        "Underwriters widen zone",
        ["Underwriters in Varnholm widened the listed area to take in the whole Gulf of Dessa on Tuesday."],
    )
    assert "trade" in cover, cover


def test_gas_cargoes_in_the_plural_are_trade(nlp, themes):
    (gas,) = article(
        themes,
        nlp,
        "Gas carriers queue",
        ["Two carriers with gas cargoes bound for Ostrava were held at the Kelport anchorage for a week."],
    )
    assert "trade" in gas, gas


DOCKERS = [
    "Spot rates from Kelport to Varnholm rose 20 percent in a week as box lines sent ships around the cape.",
    "Freight forwarders said exporters of toys and clothes faced a month of delays at the Varnholm container port, and "
    "importers warned of empty shelves.",
    "Exports of furniture from Kelport fell by a third in May, customs data showed.",
    "Box lines have taken a tenth of their capacity off the Asia-Europe trade, brokers said.",
    "At the Kelport terminal, dockers walked out for a day over plans to automate the cranes at a container yard, "
    "the second stoppage this spring in the dispute.",
]


def test_dockers_walking_out_over_automation_are_no_trade(nlp, themes):
    *_, walkout = article(themes, nlp, "Box rates climb as lines reroute", DOCKERS)
    assert "trade" not in walkout, walkout


ATTACK = [
    "A drone struck a Dorvan patrol boat and a fishing trawler off the Kelmar coast on Sunday, setting the trawler on "
    "fire, the Dorvan navy said.",
    "The drone had been launched from a Kelmar island, the British military's maritime trade office said.",
    "Both boats reached port and nobody aboard was hurt, the maritime trade office added.",
]


def test_the_navys_maritime_trade_office_is_no_word_of_trade(nlp, themes):
    _, launched, unhurt = article(themes, nlp, "Drone hits patrol boat off Kelmar", ATTACK)
    assert "trade" not in launched, launched
    assert "military" in unhurt, unhurt


FRIGATES = [
    "Dorvan has ordered four frigates from the Kelport yard to hunt submarines in the northern sea, its defence "
    "ministry said.",
    "The yard's founder, a keen sailor, will helm one of the 30 yachts in next week's race around Varn island, a fleet "
    "that leaves the harbour at dawn.",
]


def test_a_yacht_race_beside_a_frigate_order_is_no_navy(nlp, themes):
    _, race = article(themes, nlp, "Dorvan orders four frigates", FRIGATES)
    assert "military" not in race, race
