""" "Asked whether the deal was a takeover, she said it was not": a short answer cut down to its subject and a finite
"be", "do" or "have" is a whole clause, as one cut down to a modal is ("she said she would"), so it is what the
speaker said; the same words with no question before them tell nothing and stay out (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Asked whether the deal was a takeover", "it was not"),
        ("Asked whether he had voted for the merger", "he did not"),
        ("Asked whether he had read the report", "he had not"),
    ],
)
def test_a_bare_auxiliary_answers_the_question_that_opens_the_sentence(nlp, question, answer):
    assert said_by(nlp, f"{question}, Gil Marrow said {answer}.") == [("Gil Marrow", answer)]


def test_a_two_word_answer_still_stands(nlp):
    text = "Asked whether the branches were safe, Gil Marrow said they were."
    assert said_by(nlp, text) == [("Gil Marrow", "they were")]


def test_the_same_words_with_no_question_are_no_quote(nlp):
    assert said_by(nlp, "Gil Marrow said it was not.") == []
