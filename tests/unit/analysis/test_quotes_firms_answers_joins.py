"""Quotes of long-form news: companies named after what they dig or pump ("Harwood Lithium"), short answers to a
question ("Asked whether …, she said it would."), and verbs joined after a clause with a subject of its own:
fictional texts, each shape on its own."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_company_named_by_a_word_and_its_commodity_is_the_company_that_speaks(nlp):
    rows = said_by(
        nlp,
        "Residents of Otter Bay asked whether Harwood Lithium should be allowed to open a mine near the town. Maria "
        "Chen, a lawyer with the charity Clearwater Defence, argues that the company's water plan is out of date. The "
        "company says the pond is designed for a once-a-century storm.",
    )
    assert ("Harwood Lithium", "the pond is designed for a once-a-century storm") in rows


def test_a_short_answer_to_the_question_a_sentence_opens_with_is_what_was_said(nlp):
    rows = said_by(
        nlp,
        "The MP, Dana Fisk, said the plan had failed. Asked whether her party would keep the clinic open, she said "
        "it would.",
    )
    assert ("Dana Fisk", "it would") in rows


def test_two_words_said_without_a_question_before_them_are_no_quote(nlp):
    rows = said_by(nlp, "The MP, Dana Fisk, spoke on Monday. She said it would.")
    assert [quote for _, quote in rows] == []


def test_a_verb_joined_after_a_clause_with_its_own_subject_is_that_subjects(nlp):
    rows = said_by(
        nlp,
        "Those were the orders Nora Vance gave herself on Monday, when a deputy knocked on her door in Elm Falls, a "
        "town of 700 on the river, and told her the water had reached the bridge.",
    )
    assert ("Nora Vance", "the water had reached the bridge") not in rows
    assert ("", "the water had reached the bridge") in rows
