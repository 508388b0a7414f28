"""A body named again by the last word of its name after "the" ("the Nation said") speaks by its full name."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_nation_said_after_the_first_nation_was_named_is_that_nation(nlp):
    """ "the Nation said" two paragraphs after "Oskana River Cree Nation" was named: the recogniser tags "Nation" an
    organisation of its own, but it is the Nation the article named in full."""
    paragraphs = (
        "Oskana River Cree Nation, north of Prince Albert, has waited six years for a new school.",
        "Parents kept their children home for a week in protest.",
        "In a letter to Ottawa, the Nation said the portable classrooms were unsafe in winter.",
    )
    assert said_by(nlp, *paragraphs) == [("Oskana River Cree Nation", "the portable classrooms were unsafe in winter")]
