""" "…, a spokeswoman, Ada Pell, said on Saturday": a name set off by commas (with a description before it) right
before a cue the parser joined to the clause before, is who spoke, and neither the name nor the description is part
of what was said (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_SAID = "The county built the shelter after the spring floods of 2019"


@pytest.mark.parametrize(
    "cue",
    [
        "a spokeswoman, Ada Pell, said on Saturday.",
        "a spokeswoman, Ada Pell, said.",
        "a spokeswoman, Ada Pell, said on Saturday, and it has opened three times since then.",
    ],
)
def test_name_set_off_before_the_cue_speaks_the_clause_before_it(nlp, cue):
    assert said_by(nlp, f"{_SAID}, {cue}") == [("Ada Pell", _SAID)]
