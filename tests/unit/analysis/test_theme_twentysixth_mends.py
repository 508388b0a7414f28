"""Themes of the twenty-sixth probe batch's mends: what a war leaves in the ground and the work of clearing it ("the
demining teams", "a minefield") is war years on, a mine alone is not (a copper mine); a long piece whose first two
paragraphs carry a theme on their own is about it under a title with no word of it, so its later paragraphs that tell
the theme through its effects take it; prisoners and the captured are such effects of a war, not of a prison story.
Goods sold to a buyer that stands in another state go to a market abroad.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import labels
from tests.theming import article


def test_the_clearing_of_mines_is_war_and_a_mine_alone_is_not(themes, nlp):
    cleared = "Teams of deminers from the army began clearing a minefield beside the school in Tarnok on Monday."
    assert "military" in labels(themes.score(nlp(cleared)))
    assert "military" in labels(themes.score(nlp("The village has waited 20 years for the demining of its woods.")))
    copper = "The copper mine near Tarnok will hire 300 people when it reopens in June."
    assert "military" not in labels(themes.score(nlp(copper)))


SON = [
    "Every evening Olena Petrenko checks a list of soldiers seen alive in enemy custody since the battle for the "
    "river crossing, where her son's company was overrun in April.",
    "His unit had been ordered to hold the bridge under heavy shelling; two men who escaped said he was wounded.",
    "She was a librarian before, and she still keeps the library's keys in her coat.",
    "A man sent home last month told her he had seen prisoners from the company in a cell near the coast.",
    "The search office now lists her son as probably captured.",
]
QUIET = [
    "Every evening Olena Petrenko checks the list of new books at the town library, where she has worked for 20 years.",
    "She was a librarian before the renovation, and she still keeps the old keys in her coat.",
    "A man freed last month told her he had seen prisoners from the town in the county jail.",
]


def test_a_long_piece_that_opens_on_a_war_tells_its_prisoners_as_war(themes, nlp):
    found = article(themes, nlp, "The Keys In Her Coat", SON)
    assert "military" in found[3] and "military" in found[4], found
    # the paragraph with no word of the war keeps its own verdict
    assert "military" not in found[2], found
    # the same prisoners in a story that opens on no war are none
    assert all("military" not in labels for labels in article(themes, nlp, "The Keys In Her Coat", QUIET))


def test_goods_sold_to_a_buyer_that_stands_in_another_state_go_to_a_market_abroad(themes, nlp):
    sold = themes.score(nlp("The co-operative sold its herring to a cannery in Norway this year."))[0]
    assert "market: sell to cannery in Norway" in sold.terms, sold
    # a buyer at home is no market abroad
    home = themes.score(nlp("The co-operative sold its herring to a cannery in Bergen this year."))[0]
    assert not any(term.startswith("market") for term in home.terms), home
