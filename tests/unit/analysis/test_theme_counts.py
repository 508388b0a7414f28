"""A paragraph that counts its article's event ("It was the third incursion this month") goes on with the themes its
lead carries when the paragraph just before tells a detail off those themes, and gives up a theme it took from that
detail with no word of its own; a count right after a paragraph of the lead's themes keeps going on with that
paragraph. On the real spaCy pipeline with the shipped themes file; the articles are fictional."""

from __future__ import annotations

from tests.theming import article

TITLE = "Vilnius Protests After Helicopter Crosses Border"
LEAD = (
    "VILNIUS, May 3 - Lithuania summoned Belarus's charge d'affaires on Tuesday after a Belarusian military "
    "helicopter crossed into its airspace near the village of Dieveniskes."
)


def test_a_count_after_a_bare_detail_goes_on_with_the_leads_themes(themes, nlp):
    found = article(
        themes,
        nlp,
        TITLE,
        [
            LEAD,
            "The aircraft flew low over farmland for about three minutes, the defence ministry said.",
            "Its crew did not answer radio calls and its lights were off.",
            "It was the third incursion this month.",
        ],
    )
    assert {"military", "diplomacy"} <= set(found[0]), found[0]
    assert "military" in found[3], found[3]


def test_a_count_does_not_take_a_theme_from_a_detail_off_the_lead(themes, nlp):
    found = article(
        themes,
        nlp,
        "Drones Hit Fertiliser Plant Near Port",
        [
            "ODESA, June 9 - Drones struck a fertiliser plant near the port overnight, setting a warehouse on fire, "
            "the regional governor said.",
            "The plant ships most of its ammonia to buyers in Turkey and Egypt, and its exports earn the country "
            "about $400 million a year.",
            "It was the second such attack on the plant this month.",
        ],
    )
    assert found[0] == ["military"], found[0]
    assert "trade" in found[1], found[1]
    assert found[2] == ["military"], found[2]


def test_a_count_right_after_a_paragraph_of_the_leads_themes_follows_it(themes, nlp):
    found = article(
        themes,
        nlp,
        "Warsaw Expels Two Diplomats Over Spying",
        [
            "WARSAW, Oct 2 - Poland ordered two Belarusian diplomats to leave the country on Monday, saying they had "
            "spied on an army base near the border.",
            "The foreign ministry said the two had 48 hours to go, and Minsk said it would respond in kind.",
            "It was the third such expulsion since the spring.",
        ],
    )
    assert "diplomacy" in found[1], found[1]
    assert "diplomacy" in found[2], found[2]
