"""A person with a double-barrelled surname set before "of" and the body she is of ("said Hanne Solvik-Ardmore of
Coastline Watch"), which the recogniser may tag as one organisation, is the person who speaks, tied to that body
(mistagged_hyphenated_names), not an institution of that long name. Fictional texts on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    "paragraph",
    [
        "Is the deal good enough? “No,” said Hanne Solvik-Ardmore of Coastline Watch. “But it is what we have.”",
        "Hanne Solvik-Ardmore of Coastline Watch said the deal was weak.",
    ],
)
def test_a_joined_surname_before_of_and_a_body_is_the_person_of_that_body(nlp, paragraph):
    assert profiles_of(nlp, paragraph) == [("Hanne Solvik-Ardmore", "other", "Coastline Watch")]
