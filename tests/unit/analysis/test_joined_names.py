"""Organisations whose names join capitalised words by small lower-case ones, before a possessive that opens a role
(fictional texts): the whole name is the affiliation, not its last word; a title, a person's name, a date or a
sentence that opens on its main verb joins nothing."""

from __future__ import annotations

import pytest

from tests.quoting import L, R
from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Nurses Without Frontiers' head of mission, Paul Dern, said the clinic had been shelled.",
            [("Paul Dern", "other", "Nurses Without Frontiers")],
        ),
        (
            "Friends of the Marsh's director, Carla Moss, said the reeds were dying.",
            [("Carla Moss", "other", "Friends of the Marsh")],
        ),
        (
            "Teachers for Peace's regional coordinator, Omar Lind, said the schools had closed.",
            [("Omar Lind", "other", "Teachers for Peace")],
        ),
        (
            "Friends of the Marsh's director in Ostland, Carla Moss, said the reeds were dying.",
            [("Carla Moss", "other", "Friends of the Marsh")],
        ),
        (  # the parser reads the name's first word as a verb
            f"Heal the Children's country director, Lena Ostrova, said: {L}The warehouses are empty.{R}",
            [("Lena Ostrova", "other", "Heal the Children")],
        ),
    ],
)
def test_a_name_joined_by_small_words_is_one_organisation(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "On Monday the Ostland Bank's chief economist, Kim Dahl, said growth would slow.",
            [("Kim Dahl", "analyst", "Ostland Bank")],
        ),
        (  # a sentence that does open on its main verb
            f"Call the Bank's spokesman, Tom Hale, and he says: {L}No comment.{R}",
            [("Tom Hale", "other", "Bank")],
        ),
        (
            "Orrin Research's chief economist, Kim Dahl, said growth would slow.",
            [("Kim Dahl", "analyst", "Orrin Research")],
        ),
    ],
)
def test_a_date_an_article_or_a_main_verb_before_a_name_joins_nothing(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected
