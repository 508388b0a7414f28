"""A military rank between an armed body's name and an officer's name opens the officer's title and ends the body's
name: "Army General X" speaks for the army, not for an "Army General"; "General Motors" stays a company's name. A
Defence Force is a state's armed service, as an Air Force is."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of


def test_a_rank_after_an_armed_body_is_no_part_of_its_name(nlp):
    rows = profiles_of(nlp, f"{L}We will hold the pass,{R} said Army General Ben Aske.")
    assert rows == [("Ben Aske", "official", "Army")]


def test_an_admiral_after_a_navy_speaks_for_the_navy(nlp):
    rows = profiles_of(nlp, f"Navy Admiral Tom Ode said the fleet was {L}ready to sail within the week{R}.")
    assert rows == [("Tom Ode", "official", "Navy")]


def test_a_body_and_its_chief_before_a_rank_keep_the_body(nlp):
    rows = profiles_of(nlp, f"{L}He led from the front,{R} said Chief of the Defence Force General Mara Tolland.")
    assert rows == [("Mara Tolland", "official", "Defence Force")]


def test_a_company_named_general_keeps_its_name(nlp):
    rows = profiles_of(nlp, f"General Motors spokesman Tom Ode said the plant was {L}safe and running{R}.")
    assert [(speaker, body) for speaker, _, body in rows] == [("Tom Ode", "General Motors")]


def test_general_after_an_office_ends_the_office(nlp):
    rows = profiles_of(nlp, f"State Department Inspector General Ann Roe said the files were {L}in good order{R}.")
    assert [(speaker, body) for speaker, _, body in rows] == [("Ann Roe", "State Department Inspector General")]


def test_a_rank_of_two_words_after_an_armed_body_is_no_part_of_its_name(nlp):
    rows = profiles_of(nlp, f"{L}We will hold the pass,{R} said Army Major General Ben Aske.")
    assert rows == [("Ben Aske", "official", "Army")]


def test_a_defence_force_is_a_state_armed_service(nlp):
    rows = profiles_of(nlp, f"{L}We are ready,{R} said Ida Holm, a spokeswoman for the Defence Force.")
    assert rows == [("Ida Holm", "official", "Defence Force")]
