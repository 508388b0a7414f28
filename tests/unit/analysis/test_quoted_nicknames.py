"""A nickname in quotation marks between a given name and a surname (quoted_nicknames): the whole name is one person,
named without the nickname, and the surname, the nickname alone or the nickname before the surname is that person."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_surname_after_a_nicknamed_name_is_that_person(nlp):
    said = said_by(
        nlp,
        "The Harrowgate Otters’ captain, Desmond “Moose” Tkachuk, scored twice in the third period on Friday.",
        "“We kept it simple and the bounces came,” Tkachuk said.",
    )
    assert said == [("Desmond Tkachuk", "“We kept it simple and the bounces came,”")]


def test_the_nickname_before_the_surname_is_the_person_not_a_namesake(nlp):
    said = said_by(
        nlp,
        "Wilfred “Bun” Ostrander has carved decoys in a shed behind his house for fifty years.",
        "His niece, Rosalind Ostrander, says he will not sell the best ones.",
        "Bun Ostrander says the best ones are for the grandchildren.",
        "“They’ll fight over them,” Ostrander says.",
    )
    assert [speaker for speaker, _ in said] == [
        "Rosalind Ostrander",
        "Wilfred Ostrander",
        "Wilfred Ostrander",
    ]


def test_a_word_in_quotation_marks_after_an_article_or_a_title_is_no_nickname(nlp):
    docs = [nlp("The “Cobalt” Collective toured the prairies, and Coach “Big” Walsh watched from the bench.")]
    assert "PERSON" not in {e.label_ for e in docs[0].ents if e.text.startswith(("The", "Coach"))}
