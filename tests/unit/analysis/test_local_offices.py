"""Local public-safety and justice officers are officials, named by their title or their public service."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.kinds import kind_of
from dashboard.analysis.quotes.local_offices import body_is_the_office
from dashboard.analysis.quotes.organisations import STATE, organisation_type
from tests.quoting import profiles_of, quote_rows_of


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        ("Chief", "Battalion"),
        ("Attorney", "Assistant District"),
        ("Attorney", "State"),
        ("Executive", "County"),
        ("City Manager", ""),
        ("Director", "Emergency Management"),
        ("county's medical examiner", ""),
        ("Tallow County Coroner", ""),
        ("Undersheriff", ""),
        ("spokesman", "Sheriff"),
        ("County Warden", ""),
        ("Superintendent", ""),
    ],
)
def test_a_local_office_makes_an_official(role, affiliation):
    assert kind_of(role, affiliation) == "official"


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        ("assistant public defender", ""),
        ("site superintendent", "Brackwell Builders Inc"),
        ("executive", "Orvin Foods"),
    ],
)
def test_a_defender_or_a_company_officer_is_no_official(role, affiliation):
    assert kind_of(role, affiliation) == "other"


@pytest.mark.parametrize("name", ["National Weather Service", "Highway Patrol", "RCMP", "OPP"])
def test_public_services_and_their_initials_are_a_states(name):
    assert organisation_type(name) == STATE


def test_a_meteorologist_of_the_weather_service_is_an_official(nlp):
    text = "Ines Valdor, a meteorologist with the National Weather Service in Brackton, said the storm had stalled."
    assert profiles_of(nlp, text) == [("Ines Valdor", "official", "National Weather Service")]


def test_a_troopers_title_is_no_part_of_his_name(nlp):
    text = "Trooper Callum Redfern of the State Highway Patrol said the road was closed because of ice."
    assert profiles_of(nlp, text) == [("Callum Redfern", "official", "State Highway Patrol")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Battalion Chief Tomas Ferrante said the wind had turned the fire toward the river.", "Battalion Chief"),
        ("Assistant District Attorney Wren Galloway said the witness had been found.", "Assistant District Attorney"),
        ("County Commissioner Ida Marchetti said the board would vote next week.", "County Commissioner"),
        ("Principal Chief Rowan Tallwater said the tribal council would vote on the compact.", "Principal Chief"),
    ],
)
def test_the_first_words_of_a_local_office_are_no_body(nlp, text, role):
    row = quote_rows_of(nlp, text)[0]
    assert (row["role"], row["affiliation"], row["speaker_kind"]) == (role, "", "official")


def test_a_public_service_named_before_a_role_stays_its_body(nlp):
    row = quote_rows_of(nlp, "Highway Patrol spokesman Sgt. Boyd Lanier said the road was closed until noon.")[0]
    assert (row["role"], row["affiliation"], row["speaker_kind"]) == ("spokesman", "Highway Patrol", "official")


@pytest.mark.parametrize(
    ("body", "title", "expected"),
    [
        ("Battalion", "Battalion Chief", True),
        ("Sheriff", "Sheriff's spokesman", True),
        ("police", "police Chief", False),
        ("Highway Patrol", "Highway Patrol spokesman", False),
        ("Dunmore County", "Dunmore County Sheriff", False),
    ],
)
def test_a_body_is_the_office_only_when_the_office_says_more(body, title, expected):
    assert body_is_the_office(body, title) is expected
