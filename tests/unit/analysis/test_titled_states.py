"""A title opened by a state's name or adjective of several words serves that state, however the recogniser tagged or
cut it ("Papua New Guinean finance minister X" read "Papua New"); a state's adjective before a people's ("Kosovo Serb
leader") names a people, no state; a body's name a state's adjective opens stays the body. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("Papua New Guinean finance minister", "Papua New Guinea"),
        ("Equatorial Guinean Foreign Minister", "Equatorial Guinea"),
        ("Sierra Leonean Finance Minister", "Sierra Leone"),
        ("Central African prime minister", "Central African Republic"),
        ("Sri Lanka Foreign Minister", "Sri Lanka"),
        ("Trinidad and Tobago's prime minister", "Trinidad and Tobago"),
        ("Bosnia and Herzegovina's foreign minister", "Bosnia"),
    ],
)
def test_a_state_of_several_words_opening_a_title_is_the_affiliation(nlp, title, state):
    sentence = f'"We will not sign before the rains end," {title} Talo Veremu said on Monday.'
    assert profiles(nlp, "Pacific trade talks stall", sentence) == [("Talo Veremu", "official", state)]


@pytest.mark.parametrize("people", ["Kosovo Serb leader", "Iraqi Kurdish leader"])
def test_a_state_s_adjective_before_a_people_s_names_no_state(nlp, people):
    sentence = f'"We will not leave our villages," {people} Milo Ristan said on Monday.'
    assert profiles(nlp, "Talks on the border stall", sentence) == [("Milo Ristan", "official", "")]


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("South African finance minister", "South Africa"),
        ("Salvadoran President", "El Salvador"),
        ("Trinidadian Prime Minister", "Trinidad and Tobago"),
        ("Dominican foreign minister", "Dominican Republic"),
        ("Bosnian Serb leader", ""),
    ],
)
def test_titles_read_right_before_stay_so(nlp, title, state):
    sentence = f'"We will not sign before the rains end," {title} Talo Veremu said on Monday.'
    assert profiles(nlp, "Trade talks stall", sentence) == [("Talo Veremu", "official", state)]


def test_a_body_a_state_s_adjective_opens_stays_the_body(nlp):
    sentence = "Talo Veremu, a governor of the South African Reserve Bank, said rates would stay on hold."
    assert profiles(nlp, "Rates on hold", sentence)[0][2] == "South African Reserve Bank"
