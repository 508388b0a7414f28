"""Themes of cargo passed from one ship to another at sea ("took on 3,000 tons of anthracite from a freighter in a
ship-to-ship transfer at night"), a pattern the eighty-third blind batch got wrong (coal taken on from a sanctioned
state's freighter missed trade): a transfer between ships is how goods change hands out of a port's sight, the way
sanctioned cargoes are sold, so in a story of a trade it goes on with that trade; a missile fired from one warship at
another is war, no transfer. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

#: The lead of a story of a ship detained over a sanctioned cargo, which carries trade on its own.
LEAD = (
    "Customs officers detained a cargo ship at the port of Varnholm on suspicion of carrying coal bought in breach of "
    "sanctions, officials said."
)


@pytest.mark.parametrize(
    "text",
    [
        "The ship is believed to have taken on about 4,000 tons of anthracite from another freighter in a ship-to-ship "
        "transfer at night, with both vessels' transponders switched off.",
        "Satellite images show the two vessels moored side by side for nine hours, a sign of a ship-to-ship transfer, "
        "an official said.",
        "Most of the cargo was moved ship-to-ship in open water south of the island before it reached the coast.",
    ],
)
def test_a_transfer_between_ships_goes_on_with_the_cargo_s_trade(themes, nlp, text):
    found = article(themes, nlp, "Customs detain ship over coal", [LEAD, text])
    assert "trade" in found[1], found


def test_a_missile_fired_from_ship_to_ship_is_no_trade(themes, nlp):
    lead = "The navy fired two anti-ship missiles at a rebel patrol boat off the coast on Sunday, the army said."
    text = "The frigate also tested a new ship-to-ship missile during the exercise, a navy spokesman said."
    found = article(themes, nlp, "Navy fires at rebel boat", [lead, text])
    assert "trade" not in found[1], found
