"""Names given as credits (credited_names.py): the writer of a byline, the photographer of a credit, the reporter of
a note on who helped are outside the story, so no "he" or "she" of it stands for them."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.credited_names import credit_spans
from tests.quoting import L, R, said_by

LEDE = "Jon Ekberg, the beekeeper of Marrow Cross, has kept hives on the heath for twenty years."
QUOTE = f"{L}The heather came late this year, so the honey will be thin,{R} he said."
CREDITS = (
    "By Martin Dale \u00b7 Heath Courier",
    "Hives on the heath in August. (Martin Dale/Heath Courier)",
    "Photo: Martin Dale / Heath Courier",
    "With files from Martin Dale and the Heath Courier",
    "Reporting by Martin Dale; Editing by Ray Oakes",
)


@pytest.mark.parametrize("credit", CREDITS)
def test_a_pronoun_after_a_credit_stands_for_the_storys_person(nlp, credit):
    assert [s for s, _ in said_by(nlp, LEDE, f"{credit} {QUOTE}")] == ["Jon Ekberg"]


@pytest.mark.parametrize(
    "text", ["By the time the hives were moved, the frost had come.", "He was stung by Ray Oakes's bees."]
)
def test_a_sentence_with_by_in_it_holds_no_credit(text):
    assert credit_spans(text) == []
