"""Profile shapes left from the fourteenth round of blind probes: a head of government or state named by the bare
title ("Prime Minister X", "President X") serves the country the article is about; an office of a state or of a
national department written after its owner's possessive keeps that owner in its name; one who advises a firm from
outside speaks as an expert; and "the think tank", a noun alone, names no affiliation. Every text is fictional."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # the lede's subject names one country, another one is named by adjective further on
            (
                "Moldova's government agreed on Monday to sell its largest vineyard to a group of Turkish investors, a "
                "deal that has angered farmers in the north.",
                "Prime Minister Ion Rusu said the sale would bring 400 jobs to the region.",
            ),
            ("Ion Rusu", "official", "Moldova"),
        ),
        (  # the one country of the lede
            (
                "The Ghanaian government will double the price of fertiliser from next month to cut its deficit.",
                "President Grace Banda told reporters the subsidy had cost more than the country's schools.",
            ),
            ("Grace Banda", "official", "Ghana"),
        ),
        (  # the country of the dateline
            (
                "MANAGUA, Nicaragua (AP) — Fuel prices will rise by a third from Monday, officials said.",
                "President Rosa Ortiz said the rise was the only way to pay the country's debts.",
            ),
            ("Rosa Ortiz", "official", "Nicaragua"),
        ),
        (  # the government of the state whose capital the dateline gives
            (
                "ACCRA (Reuters) - The Ghanaian government will sell its stake in the national airline, officials "
                "said on Friday.",
                "Prime Minister Kofi Mensah said the sale would raise $300 million.",
            ),
            ("Kofi Mensah", "official", "Ghana"),
        ),
    ],
)
def test_a_head_of_government_named_by_the_bare_title_serves_the_article_s_country(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("title", "affiliation"),
    [
        ("Premier Ann Ross", ""),  # a province's premier
        ("Vice President Ann Ross", ""),  # a company's as often as a state's
        ("Former President Ann Ross", ""),
    ],
)
def test_a_premier_a_vice_president_or_a_former_leader_is_given_no_country(nlp, title, affiliation):
    paragraphs = (
        "The Ghanaian government will double the price of fertiliser from next month to cut its deficit.",
        f"{title} told reporters the subsidy had cost more than the country's schools.",
    )
    assert profiles(nlp, *paragraphs)[-1][2] == affiliation


def test_a_president_in_a_story_about_another_country_is_given_none(nlp):
    paragraphs = (
        "Bolivia's new leader visited the White House on Tuesday, a year after she won an election few expected.",
        "President Tom Hale said her visit showed what patient diplomacy could do.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Tom Hale", "official", "")


def test_a_government_acting_abroad_in_a_story_sent_from_another_capital_gives_none(nlp):
    paragraphs = (
        "LONDON (Reuters) - The Ghanaian government paid a British firm to track its critics, a report said on Monday.",
        "Prime Minister Tom Hale said the report would be sent to the police.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Tom Hale", "official", "")


def test_two_countries_in_the_lede_s_subject_give_none(nlp):
    paragraphs = (
        "The governments of Ghana and Togo agreed on Monday to share the cost of a new railway to the coast.",
        "President Grace Banda told reporters the line would open in 2031.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Grace Banda", "official", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The US Treasury's Office of Foreign Assets Control said on Tuesday it had added nine shipping firms to "
            "its sanctions list.",
            "US Treasury's Office of Foreign Assets Control",
        ),
        (
            "Tajikistan's State Committee for National Security said it had detained four men planning an attack.",
            "Tajikistan's State Committee for National Security",
        ),
        (
            "The State Department's Bureau of Consular Affairs said it had issued a travel warning for the region.",
            "State Department's Bureau of Consular Affairs",
        ),
    ],
)
def test_an_office_keeps_the_state_or_department_written_before_it(nlp, sentence, speaker):
    assert profiles(nlp, sentence) == [(speaker, "institution", "")]


def test_a_company_after_a_country_s_possessive_keeps_its_own_name(nlp):
    sentence = "Norway's Fjordkraft Energy said on Tuesday its profit had doubled."
    assert [p[0] for p in profiles(nlp, sentence)] == ["Fjordkraft Energy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe, who now advises Capitol Street Partners, said the deal would not survive the election.",
        "Jane Doe, who advises the Lisbon firm Atlantic Bridge Partners, said the deal would not survive the election.",
    ],
)
def test_one_who_advises_a_firm_speaks_as_an_expert(nlp, sentence):
    assert profiles(nlp, sentence)[0][1] == "analyst"


@pytest.mark.parametrize(
    "description",
    [
        "a senior fellow at the think tank",
        "who heads a think tank in Vienna",
        "a former minister who now heads a think tank",
    ],
)
def test_the_think_tank_named_by_the_noun_alone_is_no_affiliation(nlp, description):
    sentence = f"Anna Kovacs, {description}, said the sanctions had failed."
    assert profiles(nlp, sentence) == [("Anna Kovacs", "analyst", "")]


def test_a_named_think_tank_stays_the_affiliation(nlp):
    sentence = (
        "Anna Kovacs, a senior fellow at the Danube Policy Forum, a Vienna think tank, said the sanctions had failed."
    )
    assert profiles(nlp, sentence) == [("Anna Kovacs", "analyst", "Danube Policy Forum")]
