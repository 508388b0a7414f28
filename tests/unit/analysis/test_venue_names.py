""" "The restaurant, Marlowe, opens Friday …, and she says …": a name set off after a venue's noun is the venue's, a
business, and the "she" after it is the chef named before, not the restaurant (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Odalys Ferreira-Quint cooked for eleven years in other people’s hotel kitchens before she found the building."


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The restaurant, Marlowe, opens Friday with 40 seats, and she says her mother taught her.", "her mother"),
        ("The bakery, Pennick, sells out by noon most days, she says.", "sells out by noon"),
    ],
)
def test_a_name_set_off_after_a_venue_is_no_speaker(nlp, sentence, said):
    rows = said_by(nlp, _INTRO, sentence)
    assert [speaker for speaker, quote in rows if said in quote] == ["Odalys Ferreira-Quint"]
