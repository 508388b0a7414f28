"""A live blog's entry: a heading, a spaced dash, then a person's name and a colon before what they said; the
name must be the whole label after the dash (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

INTRO = "Anna Pike, a professor at Porthwen University, and the reporter Tom Reyes have followed the island vote."


def test_a_name_after_a_heading_in_capitals_opens_a_turn(nlp):
    entry = f"FERRY NUMBERS RISE ON THE ISLANDS - Anna Pike: {L}The ferries carried more people this spring.{R}"
    assert said_by(nlp, INTRO, entry) == [("Anna Pike", f"{L}The ferries carried more people this spring.{R}")]


def test_a_name_after_a_heading_sentence_opens_a_turn(nlp):
    entry = f"The island vote has been close all week - Tom Reyes: {L}Turnout was the highest in years.{R}"
    assert said_by(nlp, INTRO, entry) == [("Tom Reyes", f"{L}Turnout was the highest in years.{R}")]


def test_a_list_of_people_after_a_dash_is_no_turn(nlp):
    entry = "The council met three people on Monday - Anna Pike, Tom Reyes and Bo Li: all of them want the ferry back."
    assert said_by(nlp, INTRO, entry) == []


def test_a_label_after_a_heading_is_no_turn(nlp):
    assert said_by(nlp, INTRO, "MARKETS RALLY - Steel Output: up 3 percent on the month.") == []
