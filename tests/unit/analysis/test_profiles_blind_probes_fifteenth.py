"""Speaker profiles in shapes a fifteenth round of blind probes (business and politics newswire: a drug maker's
takeover bid, a car plant strike, a bond sell-off, a budget vote, an airline merger, a mining royalty dispute, a court
ruling on an app maker, a sovereign rating cut) found wrong, and the whole batch of fictional stories the round was
run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_fifteenth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 10 blind, before the round's fixes; 8
#: once two quotes the blind gold had left out were set (see the batch). 1 once "its" after a one-word name the
#: recogniser tagged a person's or nothing means that name ("Lumora said … Its general counsel"), a company's clipped
#: name tagged a people is the company ("Meridian's lead sovereign analyst for Colombia"), a backbencher is a
#: legislator and a party's word before the role the party ("Liberal backbencher X"), "the chamber's president" serves
#: the chamber named before, a committee named after its house is the committee ("the Commons finance committee"), and
#: a state office keeps the country named before it where its initials name it later ("the UK Debt Management Office
#: (DMO)"). Left: "cut Colombia's rating …, citing a widening deficit" is found as the agency's quote, which the blind
#: gold does not count (quote finding).
_WRONG_AT_MOST = 1


def test_the_batch_of_the_fifteenth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Lumora said in a statement that it disagreed with the decision and would appeal.",
                "Its general counsel, Brian Oyelaran, said the app had always told users how their photos were used.",
            ),
            [("Lumora", "institution", ""), ("Brian Oyelaran", "other", "Lumora")],
        ),
        (
            ("Lumora said it would appeal. Its chief executive, Brian Oyelaran, said the ruling was wrong.",),
            [("Lumora", "institution", ""), ("Brian Oyelaran", "other", "Lumora")],
        ),
        (  # a person's surname is no organisation's name
            ("Tom Hale runs a shop. Hale said the plan was bad. Its author, Ann Ross, said the plan was good.",),
            [("Tom Hale", "other", ""), ("Ann Ross", "other", "")],
        ),
    ],
)
def test_its_after_a_name_the_recogniser_tagged_no_organisation_means_that_name(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    "description",
    ["Meridian's lead sovereign analyst for Colombia", "Meridian's sovereign analyst"],
)
def test_a_company_clipped_name_the_recogniser_took_for_a_people_is_the_company(nlp, description):
    paragraphs = (
        "Meridian Ratings cut the rating on Tuesday.",
        f"Laura Benitez, {description}, said the downgrade reflected three years of missed targets.",
    )
    assert profiles(nlp, *paragraphs) == [("Laura Benitez", "analyst", "Meridian Ratings")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The Muslim Brotherhood said it would boycott the vote.",
            "Ahmed Ali, a Muslim cleric in Cairo, said the vote was unfair.",
            ("Ahmed Ali", "other", ""),  # no Brotherhood, and no city: a private person's town is no body
        ),
        (
            "The Kurdish Workers Party said it would fight on.",
            "Kurdish lawmaker Leyla Demir said the talks had failed.",
            ("Leyla Demir", "official", ""),
        ),
    ],
)
def test_a_creed_or_a_people_before_a_role_is_no_body_named_with_it(nlp, first, second, expected):
    assert profiles(nlp, first, second)[-1] == expected


def test_a_people_named_before_a_role_stays_a_country(nlp):
    paragraphs = (
        "Ardal Energi said output rose.",
        "Norwegian Energy Minister Terje Lund said the field would open in 2027.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Terje Lund", "official", "Norway")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Liberal backbencher Tom Hadley said the carbon measures went too far.",
            ("Tom Hadley", "official", "Liberal"),
        ),
        ("Labour backbencher Tom Hadley said the carbon measures went too far.", ("Tom Hadley", "official", "Labour")),
        ("Labour MP Tom Hadley said the carbon measures went too far.", ("Tom Hadley", "official", "Labour")),
        ('"It went too far," said Green councillor Tom Hadley.', ("Tom Hadley", "official", "Green")),
        (  # a word of seniority names no party
            "Veteran lawmaker Tom Hadley said the carbon measures went too far.",
            ("Tom Hadley", "official", ""),
        ),
    ],
)
def test_a_backbencher_is_a_legislator_and_a_party_word_before_the_role_is_the_party(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The chamber's president, Grace Tembo, said members had not been consulted.",
        "Grace Tembo, the chamber's president, said members had not been consulted.",
    ],
)
def test_the_chamber_is_the_chamber_named_before(nlp, paragraph):
    paragraphs = ("The Zambia Chamber of Mines said the change broke stability agreements.", paragraph)
    assert profiles(nlp, *paragraphs) == [
        ("Zambia Chamber of Mines", "institution", ""),
        ("Grace Tembo", "other", "Zambia Chamber of Mines"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "affiliation"),
    [
        (
            "Raj Sandhu, who chairs the Commons finance committee, said the committee had heard from 140 witnesses.",
            "Commons finance committee",
        ),
        (
            "Raj Sandhu, a member of the Bundestag budget committee, said the bill was dead.",
            "Bundestag budget committee",
        ),
    ],
)
def test_a_committee_named_after_its_house_is_the_committee(nlp, paragraph, affiliation):
    assert profiles(nlp, paragraph) == [("Raj Sandhu", "official", affiliation)]


def test_a_state_office_named_with_its_country_keeps_it_where_initials_name_it_later(nlp):
    paragraphs = (
        "The UK Debt Management Office (DMO) said its auction of 30-year gilts had drawn the weakest demand.",
        "The DMO's chief executive, Andrew Pell, told lawmakers that the agency could shift issuance.",
        "The DMO said the auction was fine.",
    )
    assert profiles(nlp, *paragraphs) == [
        ("UK Debt Management Office", "institution", ""),
        ("Andrew Pell", "official", "UK Debt Management Office"),
        ("UK Debt Management Office", "institution", ""),
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Arslan, who works for the independent news site Medyascope, told the court he had only reported the news.",
            ("Deniz Arslan", "other", "Medyascope"),
        ),
        (  # where a person lives is no employer
            "Arslan, who lives in Ankara, told the court he had only reported the news.",
            ("Deniz Arslan", "other", ""),
        ),
    ],
)
def test_a_person_with_a_role_takes_the_employer_a_clause_beside_the_bare_surname_gives(nlp, second, expected):
    paragraphs = ("A court sentenced journalist Deniz Arslan to four years in prison.", second)
    assert profiles(nlp, *paragraphs) == [expected]


@pytest.mark.parametrize(
    ("first", "agency"),
    [
        ("Northgate Ratings downgraded Peru on Friday.", "Northgate Ratings"),
        ("Moody's downgraded Peru on Friday.", "Moody's"),
    ],
)
def test_the_agency_after_a_credit_rating_agency_is_that_agency(nlp, first, agency):
    paragraphs = (first, "The agency's lead sovereign analyst, Laura Benitez, said the cut reflected missed targets.")
    assert profiles(nlp, *paragraphs) == [("Laura Benitez", "analyst", agency)]


def test_its_after_a_union_named_by_its_members_trade_is_that_union(nlp):
    paragraphs = ("The pilots' union said it would strike. Its president, Diego Marin, said nobody had asked them.",)
    assert profiles(nlp, *paragraphs) == [
        ("pilots' union", "institution", ""),
        ("Diego Marin", "other", "pilots' union"),
    ]
