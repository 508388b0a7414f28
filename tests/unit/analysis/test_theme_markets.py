"""Trade told through goods sold to a state as a market, with no word of exports (themes/markets.py): a share of a
firm's output sold in a state, a state that buys or takes a share of a country's goods, buyers in a state. A house
sold in a country, homes sold in a region and arms bought are none. Fictional texts on the real spaCy pipeline with
the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import load_themes
from dashboard.analysis.themes.markets import market_abroad
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Olive growers in Crete, who sell a third of their oil in Germany, fear the new rules.", "sell in Germany"),
        ("Japan bought nearly a quarter of the island's coffee last year.", "Japan buy quarter"),
        ("Egypt now takes about 30 percent of Romania's wheat, the ministry said.", "Egypt take percent"),
        ("The co-operative said it was looking for new buyers in Vietnam and Indonesia.", "buyer in Vietnam"),
    ],
)
def test_goods_sold_to_a_state_as_a_market_are_told(nlp, text, told):
    assert market_abroad(nlp(text)) == told


@pytest.mark.parametrize(
    "text",
    [
        "He sold his house in France and moved back to Leeds.",
        "The builder sells most of its homes in Ohio and Texas.",
        "Chile has long bought most of its weapons from France.",
        "Most of the buyers at the auction came from the capital.",
    ],
)
def test_a_house_abroad_homes_at_home_and_arms_are_no_market(nlp, text):
    assert market_abroad(nlp(text)) == ""


def test_a_market_abroad_goes_on_with_an_article_about_duties(themes, nlp):
    found = article(
        themes,
        nlp,
        "Beijing Slaps Duties On Danish Pork",
        [
            "China will impose anti-dumping duties of up to 60 percent on pork from Denmark from next month, its "
            "commerce ministry said on Friday.",
            "Vestby, a family firm near Aarhus that sells a fifth of its output in China, said it would cut 40 jobs.",
            "Its owner said he hoped to win customers in South Korea instead.",
        ],
    )
    assert "trade" in found[1]
    assert "trade" in found[2]


def test_a_themes_file_without_market_weight_counts_no_market(tmp_path, nlp):
    path = tmp_path / "themes.toml"
    path.write_text('[farming]\nthreshold = 2.0\n[farming.terms]\n"olive" = 1.5\n', encoding="utf-8")
    (score,) = load_themes(path).score(nlp("Olive growers sell a third of their oil in Germany."))
    assert score.score == 1.5
    assert not any(term.startswith("market:") for term in score.terms)
