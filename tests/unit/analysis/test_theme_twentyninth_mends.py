"""Themes of the mends made after the twenty-ninth probe batch: a ceasefire and a joint statement between the
parties governing together are no war and no relation between states.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_ceasefire_between_the_parties_governing_a_region_is_domestic(themes, nlp):
    coalition = [
        "The two parties governing the region of Vesterland agreed a ceasefire on Tuesday in their row over a "
        "hospital law, and issued a joint statement promising to stop attacking each other in public."
    ]
    assert article(themes, nlp, "Coalition Partners Patch Up Row Over Hospitals", coalition) == [[]]
