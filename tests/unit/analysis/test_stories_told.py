"""A cue of telling whose object is the story told ("told the story of how the pier was saved"): the words after "of"
are what was told (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_story_of_how_something_happened_is_what_was_told(nlp):
    rows = said_by(
        nlp,
        "At the harbour meeting, Mayor Ada Brenn told the story of how the old pier was saved by a night of "
        "volunteers.",
    )
    assert rows == [("Ada Brenn", "how the old pier was saved by a night of volunteers")]


def test_the_tale_of_a_thing_is_what_was_told(nlp):
    rows = said_by(nlp, "Tom Reyes often tells the tale of a ferry that sank off the north point in 1952.")
    assert rows == [("Tom Reyes", "a ferry that sank off the north point in 1952")]


def test_a_story_told_to_someone_without_what_it_tells_is_no_quote(nlp):
    assert said_by(nlp, "Ivo Marsh told the story to anyone who would listen.") == []
