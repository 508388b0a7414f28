"""The narrator's clause after a cue set off by commas behind the clause it reports (narrated_after_cue.py)."""

from __future__ import annotations

from tests.quoting import quote_rows_of

LEDE = "Ada Kvist, the harbour master of Selvik, has warned for a year that the ferry pier is sinking."


def _quotes(nlp, text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["quote"]) for r in quote_rows_of(nlp, LEDE, text) if r["paragraph"] == 1]


def test_a_clause_of_time_after_the_cue_is_the_narrators(nlp):
    text = "The pier can no longer carry the ferry, she said, after divers found a long crack in its deck."
    assert _quotes(nlp, text) == [("Ada Kvist", "The pier can no longer carry the ferry")]


def test_a_clause_of_time_after_according_to_is_the_narrators(nlp):
    text = "The pier can no longer carry the ferry, according to Kvist, after divers found a long crack in its deck."
    assert _quotes(nlp, text) == [("Ada Kvist", "The pier can no longer carry the ferry")]


def test_a_reason_after_the_cue_is_still_said(nlp):
    text = "The pier will close in May, Kvist said, because the divers found a crack in its deck."
    [(speaker, quote)] = _quotes(nlp, text)
    assert speaker == "Ada Kvist" and "because the divers found a crack" in quote


def test_a_clause_joined_by_and_after_the_cue_is_left_as_it_is(nlp):
    text = "The pier is no longer safe for the ferry, Kvist said, and the port board voted on Friday to close it."
    [(speaker, quote)] = _quotes(nlp, text)
    assert speaker == "Ada Kvist" and "the port board voted" in quote
