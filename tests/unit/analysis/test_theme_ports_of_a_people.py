"""Themes of a people's name before a port ("much of it through Syrian and Turkish ports"), a pattern the eighty-third
blind batch got wrong (a state's charge that another shipped grain from occupied land through third states' ports,
given diplomacy by the four names): whose ports goods pass through or land at is where they go, as a town after "in"
is, not a party to relations between states (see themes/ports.py). A people named as a state's voice ("Syrian and
Turkish officials met") stays a party. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

#: The lead of a story of a grain ship a state asked another to hold, and its protest after the ship sailed.
LEAD = [
    "Ukraine's embassy in Beirut asked the Lebanese authorities on Monday to seize a bulk carrier and its 9,000 tonnes "
    "of barley, saying the grain had been loaded at an occupied port.",
    "Ukraine's foreign ministry said it would send a note of protest to Beirut after a judge let the ship sail.",
]
#: The other state's answer, after the paragraph read.
AFTER = (
    "Russia's embassy in Lebanon said the barley had been bought lawfully and accused Kyiv of trying to dictate to a "
    "court."
)
TITLE = "Grain ship leaves Lebanese port after judge rejects Kyiv's bid to hold it"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine says Russia has shipped more than four million tonnes of grain from occupied areas, much of it "
        "through Syrian and Turkish ports.",
        "Ukraine says Russia has moved most of the grain by sea since the invasion, unloading it at Syrian, Lebanese "
        "and Egyptian ports.",
    ],
)
def test_whose_ports_the_goods_pass_is_no_party(themes, nlp, text):
    found = article(themes, nlp, TITLE, [*LEAD, text, AFTER])
    assert "diplomacy" not in found[2], found


def test_a_people_named_as_its_officials_stays_a_party(themes, nlp):
    text = "Syrian and Turkish officials met in Ankara on Tuesday to discuss the grain ships, both sides said."
    found = article(themes, nlp, TITLE, [*LEAD, text, AFTER])
    assert "diplomacy" in found[2], found
