"""A title read into a given name and a double-barrelled surname that the recogniser tags apart ("Treasurer Joanna" and
"Pruitt-Castellanos"): the joined name leaves the title out, as it does for a name tagged whole (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("State Treasurer Joanna Pruitt-Castellanos said the pension fund was sound.", "Joanna Pruitt-Castellanos"),
        (
            "His opponent, state Treasurer Joanna Pruitt-Castellanos, said the pension fund was sound.",
            "Joanna Pruitt-Castellanos",
        ),
        ("Treasurer Colm Ferreira-Baines said the pension fund was sound.", "Colm Ferreira-Baines"),
    ],
)
def test_the_title_is_no_part_of_the_joined_name(nlp, text, name):
    [(speaker, _)] = said_by(nlp, text)
    assert speaker == name
