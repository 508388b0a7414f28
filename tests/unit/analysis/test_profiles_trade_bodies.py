"""Profiles of the people of unions and of trade, business and professional bodies (fictional text): a trade's board
or producers' council is no state body, a college that licenses a profession is a regulator, a split
"vice-president of Y" keeps Y, and a union local's whole name before a title is the affiliation."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import COMPANY, RESEARCH, STATE, UNION, organisation_type
from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Lakemoor Regional Real Estate Board", COMPANY),
        ("Westvale Board of Trade", COMPANY),
        ("the Board of Trade", STATE),  # a government's committee, with no town before it
        ("College of Physicians and Surgeons of Elden", STATE),
        ("Westmark College of Nurses", STATE),
        ("Royal College of Physicians", RESEARCH),  # a learned society, which licenses no one
        ("College of Fine Arts", RESEARCH),
        ("Brandt Homebuilders Council", COMPANY),  # a council of a trade's own members
        ("Atlantic Fishermen's Union", UNION),
    ],
)
def test_boards_of_a_trade_and_colleges_of_a_profession_have_their_own_type(name, kind):
    assert organisation_type(name) == kind


def test_the_president_of_a_real_estate_board_holds_no_public_office(nlp):
    text = "Priya Vanterpool, president of the Lakemoor Regional Real Estate Board, said buyers were waiting."
    assert profiles_of(nlp, text) == [("Priya Vanterpool", "other", "Lakemoor Regional Real Estate Board")]


def test_the_registrar_of_a_college_of_physicians_is_a_regulators_official(nlp):
    text = (
        "Dr. Helene Marchetti, registrar of the College of Physicians and Surgeons of Elden, said patients needed to "
        "trust their bills."
    )
    assert profiles_of(nlp, text) == [("Helene Marchetti", "official", "College of Physicians and Surgeons of Elden")]


def test_a_vice_president_split_by_the_parser_keeps_the_body_after_of(nlp):
    text = "Alain Brisebois, vice-president of the Dorland Federation of Independent Business, said firms cut hours."
    assert profiles_of(nlp, text) == [("Alain Brisebois", "other", "Dorland Federation of Independent Business")]


def test_the_vice_chair_of_a_homebuilders_council_holds_no_public_office(nlp):
    text = "Jo Park, vice-chair of the Brandt Homebuilders Council, said permits had fallen for a third straight month."
    assert profiles_of(nlp, text) == [("Jo Park", "other", "Brandt Homebuilders Council")]


def test_a_co_author_of_a_book_is_tied_to_no_organisation(nlp):
    text = "Odile Fenn, a co-author of Crowded Rooms, a study of third parties, said the odds were very slim."
    assert profiles_of(nlp, text) == [("Odile Fenn", "other", "")]


@pytest.mark.parametrize(
    ("text", "local"),
    [
        (
            "United Food and Commercial Workers Local 2417 president Nadia Ferreira said wages had fallen behind.",
            "United Food and Commercial Workers Local 2417",
        ),
        (
            "Timber and Mill Workers Local 1187 president Darrell Quist said the union had offered to keep talking.",
            "Timber and Mill Workers Local 1187",
        ),
    ],
)
def test_a_union_locals_whole_name_before_a_title_is_the_affiliation(nlp, text, local):
    assert profiles_of(nlp, text) == [(text.split(" president ")[1].split(" said")[0], "other", local)]
