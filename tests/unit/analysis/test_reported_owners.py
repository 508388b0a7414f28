"""'its' in a cue after the words it reports ("The Y will return the drums to the Z, its director said"; texts of our
own): the subject of what was said is the body, not the body named last inside it."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_its_director_after_what_was_said_is_the_subjects(nlp):
    rows = profiles_of(
        nlp,
        "The Museum of the Northern Fjords will lend 40 paintings to the National Gallery of Varanger, its director "
        "said on Thursday.",
    )
    assert rows == [("", "unnamed", "Museum of the Northern Fjords")]
