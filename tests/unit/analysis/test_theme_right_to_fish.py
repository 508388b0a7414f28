"""Themes of what foreign fleets pay for the right to fish in a state's waters ("licence fees paid by foreign fleets for
the right to fish for tuna in its waters"), a pattern the eighty-second blind batch got wrong (an island state's
revenue from them missed trade): fishing access sold to another state's boats is an exchange between them, as a
fishing licence is; and the near-misses that take no trade (anglers who won back a right to fish a river, a tribe's
right to fish upheld by a court). Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "Licence fees paid by foreign fleets for the right to fish for tuna in Kiribati's waters make up most of the "
        "government's revenue.",
        "Longliners from South Korea and Japan paid licence fees of $12 million last year for the right to fish "
        "inside the zone, the fisheries ministry said.",
    ],
)
def test_the_right_to_fish_bought_by_foreign_fleets_is_trade(themes, nlp, text):
    found = article(themes, nlp, "Island's revenue grows", [text])
    assert "trade" in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        "Anglers won back the right to fish the river below the weir on Tuesday after the landowner dropped his case.",
        "A court upheld the tribe's right to fish for salmon in the creek, as its members have for centuries.",
    ],
)
def test_a_right_to_fish_argued_at_home_is_no_trade(themes, nlp, text):
    found = article(themes, nlp, "Anglers win river case", [text])
    assert found[0] == [], found
