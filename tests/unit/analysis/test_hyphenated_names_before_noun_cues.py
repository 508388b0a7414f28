""" "“We didn’t go to a bank,” Fennimore-Quist jokes.": a hyphenated surname the recogniser took for an organisation,
right after a quotation, before a cue in -s the tagger read as a noun ("jokes", "laughs", "notes"), is who spoke, as a
one-word surname there is (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Tobias Fennimore-Quist and his partner spent $1.4 million on the old bank on Calder Street."


@pytest.mark.parametrize(
    "closing",
    [
        "“We didn’t go to a bank,” Fennimore-Quist jokes. “We went into one.”",
        "“Nobody wanted a room with a vault in it,” Fennimore-Quist laughs.",
    ],
)
def test_a_hyphenated_surname_speaks_before_a_cue_read_as_a_noun(nlp, closing):
    assert [speaker for speaker, _ in said_by(nlp, _INTRO, closing)] == ["Tobias Fennimore-Quist"]
