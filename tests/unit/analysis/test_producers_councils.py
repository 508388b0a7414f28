"""A council named by the makers it speaks for or by their drink ("Australian Beer Makers Council", "Tullaroo Brewers
Council", "Highland Whisky Council") is a trade body, as a homebuilders' or a copper council is: its chief executive
runs an association, kind other, and holds no public office. A city council's chief executive stays an official.
Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("The Australian Beer Makers Council said pub prices would rise.", "Australian Beer Makers Council"),
        ("The Tullaroo Brewers Council said the duty rise would close small breweries.", "Tullaroo Brewers Council"),
        ("The Highland Whisky Council said exports had fallen for a third year.", "Highland Whisky Council"),
    ],
)
def test_a_makers_council_is_a_trade_body(nlp, opening, body):
    profiles = profiles_of(
        nlp, opening, "The council's chief executive, Orla Penhallow, said a third of the price was now tax."
    )
    assert profiles == [(body, "institution", ""), ("Orla Penhallow", "other", body)]


def test_a_city_councils_chief_executive_stays_an_official(nlp):
    profiles = profiles_of(
        nlp,
        "The Tullaroo City Council said it would close two libraries.",
        "The council's chief executive, Orla Penhallow, said the budget had run out.",
    )
    assert profiles[1][:2] == ("Orla Penhallow", "official")
