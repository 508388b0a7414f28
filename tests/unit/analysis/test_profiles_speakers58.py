"""Speaker profiles in world-news shapes the last profile round saw wrong: a hyphenated party name kept as written, a
ministry that speaks keeping its country, "a spokesman for the group" after a speaker told a news agency, and an aid
group named in ordinary words. Every text is fictional."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("Ruling VANU-PF party spokesman Tendai Moyo said on Monday the vote would go ahead in March.", "VANU-PF"),
        ("Opposition KDP-R spokesman Tendai Moyo said on Monday the vote would go ahead in March.", "KDP-R"),
    ],
)
def test_a_hyphenated_name_before_a_role_keeps_its_hyphen_as_written(nlp, sentence, affiliation):
    assert profiles(nlp, sentence)[0][2] == affiliation


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Qatar's Ministry of Foreign Affairs said on Sunday that talks between the two sides would resume.",
            "Qatar's Ministry of Foreign Affairs",
        ),
        (
            "The talks will resume next week, Oman's Ministry of Transport said in a statement.",
            "Oman's Ministry of Transport",
        ),
    ],
)
def test_a_ministry_named_in_full_after_its_country_keeps_the_country(nlp, sentence, speaker):
    assert profiles(nlp, sentence) == [(speaker, "institution", "")]


@pytest.mark.parametrize("agency", ["AFP", "Reuters", "The Canadian Press"])
def test_the_group_a_spokesman_speaks_for_is_never_the_agency_the_story_was_told_to(nlp, agency):
    paragraphs = (
        f"Rami Haddad, a fighter from the Northern Shield brigade, told {agency} that the town had fallen.",
        "A spokesman for the group said the fighters would hold their positions.",
    )
    assert profiles(nlp, *paragraphs)[-1][2] != agency.removeprefix("The ")


def test_the_head_of_an_aid_group_named_in_ordinary_words_is_affiliated_to_it(nlp):
    paragraphs = ("Anna Berg, who heads Save the Children in Sudan, said 40,000 children had fled.",)
    assert profiles(nlp, *paragraphs) == [("Anna Berg", "other", "Save the Children")]


@pytest.mark.parametrize(
    ("description", "affiliation"),
    [
        (", of Doctors Without Borders,", "Doctors Without Borders"),
        (", who heads Oxfam in Sudan,", "Oxfam"),
        (", a nurse with Mercy Corps,", "Mercy Corps"),
    ],
)
def test_a_known_aid_group_named_in_ordinary_words_is_the_affiliation_whatever_the_recogniser_tagged(
    nlp, description, affiliation
):
    paragraphs = (f"Anna Berg{description} said 40,000 children had fled across the border.",)
    assert profiles(nlp, *paragraphs) == [("Anna Berg", "other", affiliation)]
