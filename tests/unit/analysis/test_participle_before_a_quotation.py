"""A participle of telling before a quotation ("…, telling reporters, “…”") whose sentence the parser hung on the
verb inside the quotation: who told is the subject of the narration, not someone in the quoted words (real pipeline,
texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_participle_hung_on_the_quoted_verb_is_told_by_the_subject_of_the_narration(nlp):
    rows = said_by(
        nlp,
        "Nora Vance looked unconvinced by the budget on Monday, telling reporters, “Plenty of families told me the "
        "fees are too high.”",
    )
    assert rows == [("Nora Vance", "“Plenty of families told me the fees are too high.”")]
