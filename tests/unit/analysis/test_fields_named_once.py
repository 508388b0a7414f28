"""A body's name the recogniser tags as two names either side of its "and" (texts of our own): "The New Zealand Food"
and "Grocery Retailers Council" speak as one body, named once, not with the fields before "and" written twice ("Food
and New Zealand Food and …"); an untagged field before "and" is still taken ("the Energy and Mines Ministry")."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The New Zealand Food and Grocery Retailers Council, which represents the chains, said margins were thin.",
            "New Zealand Food and Grocery Retailers Council",
        ),
        (
            "The Energy and Mines Ministry said the licence would be renewed next year.",
            "Energy and Mines Ministry",
        ),
    ],
)
def test_a_body_cut_at_and_is_named_once(nlp, text, speaker):
    assert [s for s, _ in said_by(nlp, text)] == [speaker]
