"""A state closing or opening its airspace to another state's planes is a measure between states (see
themes/airspace.py), diplomacy even beside a word of another theme; airspace closed for a show or to all civilian
flights names no other state and is none. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.airspace import airspace_barred
from tests.theming import article


def test_airspace_barred_to_another_states_planes_is_found_and_closed_to_all_is_not(nlp):
    for text in [
        "Moldova closed its airspace to Romanian airlines on Friday.",
        "The two governments shut their airspace to planes from Belarus within hours.",
        "Estonia banned Latvian carriers from its airspace last spring.",
    ]:
        assert airspace_barred(nlp(text)), text
    for text in [
        "Police closed the airspace over the stadium for the final, as the rules require for drone shows.",
        "The ministry closed its airspace along the coast to civilian flights during the storm.",
        "No violations of the country's airspace were recorded.",
    ]:
        assert not airspace_barred(nlp(text)), text


def test_an_airspace_closed_beside_trade_cut_off_is_diplomacy_too(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Chile Halts Imports From Peru After Border Shooting",
        [
            "Chile halted all imports from Peru on Monday after a border guard was shot dead, the economy ministry "
            "said.",
            "Chile also suspended all trade with Peru through third countries and closed its airspace to Peruvian "
            "airlines.",
        ],
    )
    assert {"trade", "diplomacy"} <= set(labels[1])
    labels = article(
        themes,
        nlp,
        "Fog Grounds Flights",
        [
            "Thick fog grounded flights across the north on Monday, stranding thousands of travellers.",
            "The aviation authority closed the airspace over the capital to all civilian flights until noon.",
        ],
    )
    assert "diplomacy" not in labels[1]
