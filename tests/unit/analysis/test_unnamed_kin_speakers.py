""" "His wife warned that …" when the article names no wife: a word of kinship names a person, who reports speech
with any cue of speech, as an unnamed source (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Ray Dunmore spoke to a small crowd at the county fair on Friday."


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("His wife warned that the crowd would turn against him by the autumn.", "the crowd would turn"),
        ("His brother had warned him not to attack the mayor in public.", "him not to attack the mayor"),
        ("His daughter suggests the campaign should move its office to the harbour.", "the campaign should move"),
    ],
)
def test_kin_with_no_name_speaks_as_an_unnamed_source(nlp, sentence, said):
    rows = said_by(nlp, _INTRO, sentence)
    assert len(rows) == 1 and rows[0][0] == "" and rows[0][1].startswith(said)
