"""Speaker profiles in shapes a sixth round of blind probes (world news: a ceasefire, an election abroad, floods in a
province, a foreign ministry's briefing; business and politics wire: a merger, an antitrust case, a central bank, a
pilots' strike) found wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in
sight."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import INTERNATIONAL, organisation_type
from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_sixth import STORIES


@pytest.mark.parametrize(
    ("name", "international"),
    [
        ("Organisation for Security and Co-operation in Europe", True),
        ("the Organization of American States", True),
        ("Organisation for Democratic Institutions", True),
        ("Veldorian Organisation for Human Rights", False),  # an NGO puts a word before it
        ("Zionist Organization of Ostland", False),
    ],
)
def test_a_name_opening_with_organisation_for_or_of_is_a_body_of_states(name, international):
    assert (organisation_type(name) == INTERNATIONAL) is international


def test_the_head_of_a_mission_of_an_organisation_of_states_is_an_official(nlp):
    paragraph = (
        "Hana Rill, head of the election mission of the Organisation for Democratic Institutions in Ostland, said the "
        "count had been fair."
    )
    assert profiles(nlp, paragraph) == [("Hana Rill", "official", "Organisation for Democratic Institutions")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Nurses without Borders, a medical charity, said it would send staff to the camps.",
                "Its field director, Ada Brin, said the clinics were full.",
            ),
            [("Nurses without Borders", "institution", ""), ("Ada Brin", "other", "Nurses without Borders")],
        ),
        (
            ("Teachers without Frontiers, an education charity, said schools were closed.",),
            [("Teachers without Frontiers", "institution", "")],
        ),
        (  # "Without" capitalised, as the name is usually written
            ("Reporters Without Borders said three journalists had been detained.",),
            [("Reporters Without Borders", "institution", "")],
        ),
        (  # "Reporters" tagged apart: one name
            ("Workers at Halden Steel, backed by Reporters without Borders, said they had been threatened.",),
            [("", "unnamed", "Halden Steel")],
        ),
        (  # people against a company, not a body's name
            ("Protesters against Tarnhold said the plant should close.",),
            [("", "unnamed", "Tarnhold")],
        ),
    ],
)
def test_a_body_named_by_plural_people_without_something_when_only_the_last_word_was_tagged(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


def test_a_utility_named_hydro_is_an_organisation(nlp):
    paragraphs = ("Floods hit the valley.", "The operator, Senna Hydro, said it had followed its emergency plan.")
    assert profiles(nlp, *paragraphs) == [("Senna Hydro", "institution", "")]


def test_a_general_counsel_set_beside_a_name_tagged_an_organisation_is_a_person(nlp):
    paragraphs = (
        "Quorra Systems said it would fight the suit.",
        "Quorra's general counsel, Brent Adair, said the deal would lower costs.",
    )
    assert profiles(nlp, *paragraphs) == [
        ("Quorra Systems", "institution", ""),
        ("Brent Adair", "other", "Quorra Systems"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # tagged an organisation only where its chief executive is named
            (
                "Ardenza said the deal would bring savings of 80 million euros a year by 2029.",
                "Ardenza's chief executive, Ivo Marsh, said both brands would stay.",
            ),
            [("Ardenza", "institution", ""), ("Ivo Marsh", "other", "Ardenza")],
        ),
        (  # tagged nowhere: its chief executive makes an organisation of it
            (
                "Belvenza agreed on Monday to buy rival packaging maker Lund & Berg for 900 million euros in cash.",
                "Belvenza said the deal would bring savings of 80 million euros a year by 2029.",
                "Belvenza's chief executive, Ivo Marsh, said both brands would stay.",
            ),
            [("Belvenza", "institution", ""), ("Ivo Marsh", "other", "Belvenza")],
        ),
    ],
)
def test_a_one_word_company_the_recogniser_missed_where_it_speaks(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Bank of Norrvik held its key interest rate at 2 percent on Thursday.",
                "Governor Pia Sand said inflation was easing.",
                "Deputy Governor Ole Lunde told reporters that a cut was possible.",
            ),
            [("Pia Sand", "official", "Bank of Norrvik"), ("Ole Lunde", "official", "Bank of Norrvik")],
        ),
        (  # no bank acted before: a governor of no body the article names
            ("Governor Ramon Estel said the roads were closed.",),
            [("Ramon Estel", "official", "")],
        ),
    ],
)
def test_a_governor_after_a_bank_named_of_a_country_no_list_knows(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # the sentence before named a country's rating last: "its" is the agency's, its subject
            (
                "Ratings agency Holm & Reed affirmed Norrvik's A rating on Friday.",
                "Its chief sovereign analyst, Tove Lie, said public debt was low.",
            ),
            [("Tove Lie", "analyst", "Holm & Reed")],
        ),
        (  # the last organisation named owns nothing: "its" stays the one named last
            (
                "The Ministry of Trade fined Halden Bank on Monday.",
                "Its chief executive, Ivo Marsh, said the bank would appeal.",
            ),
            [("Ivo Marsh", "other", "Halden Bank")],
        ),
    ],
)
def test_its_after_an_organisation_named_as_an_owner_is_the_subject_s(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("FBI general counsel Jane Orrin said the inquiry was still open.", [("Jane Orrin", "official", "FBI")]),
        (
            "Alicia Moss, senior counsel at the Harbor Policy Institute, said confidence had fallen.",
            [("Alicia Moss", "analyst", "Harbor Policy Institute")],
        ),
    ],
)
def test_a_counsel_takes_the_kind_of_the_body_served(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == expected


#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 11 before the round's fixes; 9 once
#: a name opening with "Organisation for" is a body of states (the OSCE mission's head, twice); 7 once a body named
#: "Lawyers without Borders" is whole where only "Borders" was tagged (missed and extra); 6 once "Halvar Hydro" is
#: a utility's name; 5 once a general counsel set beside a name tagged an organisation is a person; 4 once "Ardenza
#: said", untagged there, is the company the article tags or gives a chief executive elsewhere; 2 once a governor
#: after "The Bank of Estmark held its rate" governs it (twice); 1 once "Its lead sovereign analyst" after "Calder &
#: Finch affirmed Estmark's AA rating" is the agency's; 0 once "Ostria recalled its ambassador" is no quote (a recall
#: that calls back an envoy, not a memory told).
_WRONG_AT_MOST = 0


def test_the_batch_of_the_sixth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_body_joined_by_without_is_one_entity_with_its_first_word_tagged_apart(nlp):
    doc = nlp("Workers at Halden Steel, backed by Reporters without Borders, said they had been threatened.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Halden Steel", "Reporters without Borders"]


def test_a_person_after_a_lower_case_against_makes_no_body(nlp):
    doc = nlp("The rally turned Democrats against Obama, Ann Ross said.")
    assert not any(" against " in e.text for e in doc.ents)
