"""Choosing the speaker on the real pipeline: names inside quoted words are not who speaks, a description that gives
a name ("a quiet man named Otto Lind") names the speaker, and the place of a dateline describes no one (texts
of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


def speakers(nlp, *paragraphs: str) -> list[str]:
    return [speaker for speaker, _ in said_by(nlp, *paragraphs)]


def test_a_name_inside_the_quoted_words_is_not_whom_the_pronoun_means(nlp):
    assert speakers(
        nlp,
        "Actress Mira Castell, star of the film Long Tide, is campaigning for Senator Tom Alder.",
        f"{L}I think Tom would tell people to stay home because he has no ego in this,{R} she said.",
    ) == ["Mira Castell"]


def test_a_pronoun_after_an_unnamed_speaker_is_not_someone_the_quote_names(nlp):
    assert said_by(
        nlp,
        f"A spokeswoman for the ferry line said: {L}Nora Blix and Tom Varga will sail first, as always.{R} "
        f"She added that tickets were sold out.",
    ) == [
        ("", f"{L}Nora Blix and Tom Varga will sail first, as always.{R}"),
        ("", "tickets were sold out"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{L}People come for the rye,{R} says the baker, a soft-spoken man named Otto Lind.", "Otto Lind"),
        (f"{L}We never close on Sundays,{R} said the owner, a retired teacher called Wendy Pryce.", "Wendy Pryce"),
        ("The shop's owner, a woman named Greta Sorel, said business had doubled since spring.", "Greta Sorel"),
    ],
)
def test_a_description_that_gives_a_name_names_the_speaker(nlp, text, speaker):
    assert speakers(nlp, "The bakery on Main Street opened in 1962.", text) == [speaker]


@pytest.mark.parametrize("city", ["New York", "London"])
def test_the_place_of_a_dateline_is_not_the_person_after_the_dash(nlp, city):
    assert speakers(
        nlp,
        f"{city} (AFP) \u2013 Oscar-winning actress Mira Castell, star of the film Long Tide, is not sure she will "
        "vote this year.",
        "The actress said she had lost faith in every candidate.",
    ) == [""]


def test_who_asks_the_question_is_not_whom_the_answer_s_pronoun_stands_for(nlp):
    said = said_by(
        nlp,
        "Governor Ada Brenholt visited the harbour on Monday.",
        "Asked by reporter Tom Quillby whether she would veto the ferry bill, she said she had not decided.",
    )
    assert said == [("Tom Quillby", "she would veto the ferry bill"), ("Ada Brenholt", "she had not decided")]
