"""The opening of a clause that a cue set off by commas interrupts is part of what was said (opened_before_cue.py)."""

from __future__ import annotations

from tests.quoting import quote_rows_of

LEDE = "Ada Pell, who runs the island's only shop, has campaigned since spring to keep the winter ferry."


def _quotes(nlp, text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["quote"]) for r in quote_rows_of(nlp, LEDE, text) if r["paragraph"] == 1]


def test_a_condition_before_a_cue_with_a_time_is_said(nlp):
    text = "If the ferry stops in December, Pell said on Monday, the island will lose its school."
    [(speaker, quote)] = _quotes(nlp, text)
    assert speaker == "Ada Pell" and quote.startswith("If the ferry stops in December")
    assert "the island will lose its school" in quote and "Monday" not in quote


def test_a_condition_before_a_full_name_is_said(nlp):
    text = "If the ferry stops in December, Ada Pell warned, the island will lose its school."
    [(speaker, quote)] = _quotes(nlp, text)
    assert speaker == "Ada Pell" and quote.startswith("If the ferry stops in December")


def test_an_opening_the_cue_is_not_set_inside_is_the_narrators(nlp):
    text = "After the vote in the village hall, Pell said the island would lose its school."
    [(speaker, quote)] = _quotes(nlp, text)
    assert speaker == "Ada Pell" and quote == "the island would lose its school"


def test_a_condition_whose_time_is_hung_on_the_cue_apart_is_said_whole(nlp):
    text = "If the ferry stops again this winter, Pell told reporters, the island will lose its school."
    [(speaker, quote)] = _quotes(nlp, text)
    assert speaker == "Ada Pell" and quote.startswith("If the ferry stops again this winter")
    assert "the island will lose its school" in quote and "reporters" not in quote
