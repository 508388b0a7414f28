""" "Think tank" read by the parser as a clause: "X, an energy analyst at the Poznan think tank Y, said" parsed with X
the subject of "tank" and Y the subject of "said" gave the quote to the think tank; X is the speaker and Y her body
(mended_subjects; real pipeline, fictional people and bodies)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_analyst_at_a_think_tank_named_after_its_city_is_the_speaker(nlp):
    text = (
        "Krzysztof Nowicki-Dale, an energy analyst at the Poznan think tank Warta Energy Forum, said coal would stay."
    )
    assert profiles_of(nlp, text) == [("Krzysztof Nowicki-Dale", "analyst", "Warta Energy Forum")]


def test_an_analyst_at_a_think_tank_parsed_right_is_left_as_it_was(nlp):
    text = (
        "Ingrid Hovland, a naval analyst at the Oslo think tank Arctic Sea Policy Institute, said the patrols were "
        "too few."
    )
    assert profiles_of(nlp, text) == [("Ingrid Hovland", "analyst", "Arctic Sea Policy Institute")]
