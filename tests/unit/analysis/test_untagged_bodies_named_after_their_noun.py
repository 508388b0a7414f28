"""A body's name the recogniser left untagged, set right after the body's noun and cut by the parser at a small word
("The aid group Grain for Tomorrow said"): the body speaks under its whole name, and "Its" opening the next paragraph
is that body's (body_phrases.small_word_tail and name_apposed_to_body_noun; fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_body_speaks_under_its_whole_name_and_owns_the_next_its(nlp):
    paragraphs = (
        "Niamey said it would send ground teams to the border.",
        "The aid group Grain for Tomorrow said it had begun distributing food to herding families.",
        "Its country director, Selma Vaughtrey, said many families had already sold animals.",
    )
    assert profiles_of(nlp, *paragraphs)[1:] == [
        ("Grain for Tomorrow", "institution", ""),
        ("Selma Vaughtrey", "other", "Grain for Tomorrow"),
    ]


def test_a_name_the_parser_keeps_whole_owns_the_next_its_too(nlp):
    paragraphs = (
        "The aid group Hands of Hope said it had sent two medical teams to the camps.",
        "Its director, Lars Ebbeholt, said more teams were needed before the rains.",
    )
    assert profiles_of(nlp, *paragraphs) == [
        ("Hands of Hope", "institution", ""),
        ("Lars Ebbeholt", "other", "Hands of Hope"),
    ]


def test_a_place_after_of_is_no_part_of_the_name(nlp):
    paragraphs = ("The union Metal Guild of Bremen said it would strike on Monday.",)
    assert profiles_of(nlp, *paragraphs) == [("Metal Guild", "institution", "")]
