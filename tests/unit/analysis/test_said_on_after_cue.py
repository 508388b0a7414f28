"""A cue set off inside what was said, with the rest of the sentence hung on the cue ("The ferries will stop, Marsh
said, because the harbour is silting up"): what was said is both sides of the cue (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by

_INTRO = "Governor Lena Marsh of Tarvania spoke in Port Elsby on Monday about the ferry fleet and its fares."


def test_a_reason_after_the_cue_is_said_too(nlp):
    text = (
        "Marsh met harbour pilots in the morning. She grows uneasy every time she reads a tide table from the "
        "Elsby port office, she says, because she sees the channel narrowing each year."
    )
    [(speaker, quote)] = said_by(nlp, _INTRO, text)
    assert speaker == "Lena Marsh"
    assert quote.startswith("She grows uneasy") and quote.endswith("the channel narrowing each year")


def test_the_agent_of_a_passive_clause_after_the_cue_is_said_too(nlp):
    text = "The toll would be paid, Marsh said, by the shipping firms."
    assert said_by(nlp, _INTRO, text) == [("Lena Marsh", "The toll would be paid by the shipping firms")]


def test_what_the_speaker_did_next_is_not_said(nlp):
    text = "The fares will rise next year, Marsh said, and left the hall."
    assert said_by(nlp, _INTRO, text) == [("Lena Marsh", "The fares will rise next year")]


def test_a_second_cue_after_the_first_keeps_its_own_words(nlp):
    text = "The fares will rise next year, Marsh said, and she added that the ferries would be late."
    assert said_by(nlp, _INTRO, text) == [
        ("Lena Marsh", "The fares will rise next year"),
        ("Lena Marsh", "the ferries would be late"),
    ]


def test_narration_after_a_quotation_is_not_said(nlp):
    text = "\u201cHe really does love the islands,\u201d Marsh said, and soon the bells were ringing over the harbour."
    assert said_by(nlp, _INTRO, text) == [("Lena Marsh", "\u201cHe really does love the islands,\u201d")]
