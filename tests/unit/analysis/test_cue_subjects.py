"""Who said it when the parser hangs the speaker's name away from the cue (texts of our own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_a_name_set_off_by_commas_before_the_cue_is_the_speaker(nlp):
    rows = quote_rows_of(
        nlp,
        "In a statement to the Harbour Gazette, her senior policy adviser, Jon Sellers, said: \u201cMayor Holt "
        "believes that the ferry is essential, and that the town is strongest when the islands are linked.\u201d",
    )
    assert [(row["speaker"], row["role"]) for row in rows] == [("Jon Sellers", "her senior policy adviser")]


def test_a_party_tag_in_brackets_between_the_name_and_the_cue_is_skipped(nlp):
    rows = quote_rows_of(
        nlp,
        "On Saturday at the party's spring convention Sen. Ellen Marsh (D-ME) said the governor was a \u201cproven "
        "failure\u201d in business.",
    )
    assert [(row["speaker"], row["speaker_kind"]) for row in rows] == [("Ellen Marsh", "official")]
    assert "convention" not in rows[0]["role"]
