"""A quotation that opens its sentence and closes right before "according to X": a direct quote of X's, without the
narration the sentence goes on with after the phrase (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of

LEDE = (
    "Ines Paley, the head teacher of the Corrow village school, has asked the county for a new roof since the storms"
    " of last spring."
)


def _second(nlp, text: str) -> list[tuple[str, bool, str]]:
    """(speaker, direct, quote) of each quote of the paragraph after the lede."""
    return [(r["speaker"], r["direct"], r["quote"]) for r in quote_rows_of(nlp, LEDE, text) if r["paragraph"] == 1]


def test_the_quotation_before_according_to_is_direct_without_the_narration_joined_after(nlp):
    assert _second(
        nlp,
        f"{L}The roof will not last another winter,{R} according to Paley, and the county sent a surveyor on Friday.",
    ) == [("Ines Paley", True, f"{L}The roof will not last another winter,{R}")]


def test_the_quotation_before_according_to_is_direct_without_the_narration_of_time_after(nlp):
    assert _second(
        nlp,
        f"{L}The hall is no longer safe for the children,{R} according to Paley, after rain came through the ceiling.",
    ) == [("Ines Paley", True, f"{L}The hall is no longer safe for the children,{R}")]


def test_a_quotation_inside_the_sentence_before_according_to_is_not_taken_alone(nlp):
    rows = _second(
        nlp, f"The county called the roof {L}a matter for next year,{R} according to Paley, and the pupils moved rooms."
    )
    assert all(not direct for _, direct, _ in rows)
