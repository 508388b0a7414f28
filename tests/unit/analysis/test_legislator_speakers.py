"""A legislator described by the seat they hold, then named set off in commas ("the MP for Halden Bay, Ana Ruiz,"):
the named one speaks, the title being one of the people nouns (lexicon.PEOPLE_NOUNS, named_speakers.py)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The MP for Halden Bay, Ana Ruiz, said the ferry subsidy had been cut twice.", "Ana Ruiz"),
        ("The MP for Saint-Onésime, Tobias Grell, said the ferry subsidy had been cut twice.", "Tobias Grell"),
        ("The MPP for Halden Bay, Ana Ruiz, said the ferry subsidy had been cut twice.", "Ana Ruiz"),
        ("The MLA for Brackley North, Ana Ruiz, said the ferry subsidy had been cut twice.", "Ana Ruiz"),
        ("The MEP for Saint-Onésime, Tobias Grell, said the ferry subsidy had been cut twice.", "Tobias Grell"),
    ],
)
def test_a_legislator_named_after_the_seat_speaks(nlp, sentence, speaker):
    assert [s for s, _ in said_by(nlp, sentence)] == [speaker]
