"""A participle of telling before a quotation ("…, telling reporters, “…”") whose sentence the parser hung on the
verb inside the quotation: who told is the subject of the narration, not someone in the quoted words (real pipeline,
texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_participle_hung_on_the_quoted_verb_is_told_by_the_subject_of_the_narration(nlp):
    rows = said_by(
        nlp,
        "Tom Reyes did not seem impressed with the plan on Tuesday, telling reporters, “A lot of people said the mayor "
        "should step down.”",
    )
    assert rows == [("Tom Reyes", "“A lot of people said the mayor should step down.”")]
