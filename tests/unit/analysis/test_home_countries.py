"""A minister named by a portfolio alone ("Agriculture Minister X") serves the country the article is about: the one
its dateline gives or its lede names; none when two states compete there, and a country written beside the title
stays. Every text is fictional."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a dateline with no country, one country in the lede
            (
                "HARARE (Reuters) - Floods in Zimbabwe cut the maize harvest by a third, officials said on Sunday.",
                "Agriculture Minister Tendai Moyo told reporters that food imports would begin next month.",
            ),
            ("Tendai Moyo", "official", "Zimbabwe"),
        ),
        (  # a dateline with its country, by adjective in the lede
            (
                "QUITO, Ecuador (AP) — Ecuadorian troops patrolled the oil fields on Friday after a week of strikes.",
                "Energy Minister Pablo Vera said output would be back to normal within days.",
            ),
            ("Pablo Vera", "official", "Ecuador"),
        ),
        (  # a dateline with its country and a date, another state named by adjective in the lede
            (
                "ROTTERDAM, Netherlands, March 3 (Reuters) - A court jailed a port clerk on Monday for passing cargo "
                "lists to a Chinese trading house.",
                "Trade Minister Femke Zwartjes-Ooms said customs checks at the port would be tightened.",
            ),
            ("Femke Zwartjes-Ooms", "official", "Netherlands"),
        ),
        (  # no dateline: the one country of the lede
            (
                "Ghana will raise the price of fuel by a fifth from next week to cut the budget deficit.",
                "Finance Minister Kwame Asante said the subsidy had cost more than the schools budget.",
            ),
            ("Kwame Asante", "official", "Ghana"),
        ),
        (  # a capital's dateline, its state in the lede and another state only by adjective (was no state)
            (
                "AMMAN (Reuters) - Jordan's phosphate miner agreed on Monday to sell rock to a Brazilian farm group.",
                "Energy Minister Rula Haddad said the revenue would help pay for a new power line.",
            ),
            ("Rula Haddad", "official", "Jordan"),
        ),
    ],
)
def test_a_portfolio_minister_serves_the_country_the_article_is_about(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # two states in the lede: neither is given
            (
                "NAIROBI (Reuters) - Kenya and Tanzania agreed on Tuesday to open their border to lorries at night.",
                "Trade Minister Amina Said told reporters that queues at the crossing would be gone within a week.",
            ),
            ("Amina Said", "official", ""),
        ),
        (  # the minister's own country, written beside the title, stays
            (
                "HARARE (Reuters) - Floods in Zimbabwe cut the maize harvest by a third, officials said on Sunday.",
                "Zambian Agriculture Minister Mary Banda said her country would send grain.",
            ),
            ("Mary Banda", "official", "Zambia"),
        ),
        (  # a former minister speaks for no state
            (
                "Ghana will raise the price of fuel by a fifth from next week to cut the budget deficit.",
                "Former finance minister Kwame Asante said the subsidy had cost more than the schools budget.",
            ),
            ("Kwame Asante", "analyst", ""),
        ),
    ],
)
def test_no_country_is_given_when_two_compete_or_the_minister_has_one(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("spokeswoman", "ministry"),
    [
        ("Ruth Ncube, a health ministry spokeswoman,", "Zimbabwe's health ministry"),
        ("Ruth Ncube, a spokeswoman for the Ministry of Health,", "Zimbabwe's Ministry of Health"),
    ],
)
def test_a_ministry_named_by_its_portfolio_is_the_article_s_country_s(nlp, spokeswoman, ministry):
    paragraphs = (
        "HARARE (Reuters) - Floods in Zimbabwe cut the maize harvest by a third, officials said on Sunday.",
        f"{spokeswoman} said cholera cases had doubled in the flooded districts.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Ruth Ncube", "official", ministry)


@pytest.mark.parametrize(
    ("nearby", "country"),
    [
        ("The subsidy had cost Ghana more than its schools, officials said.", "Ghana"),
        ("The subsidy had cost Ghana more than Togo spends on its schools, officials said.", ""),
    ],
)
def test_with_no_country_in_the_lede_the_one_the_nearby_text_names_is_given(nlp, nearby, country):
    paragraphs = (
        "Fuel prices will rise by a fifth from next week, the government said on Monday.",
        nearby,
        "Finance Minister Kwame Asante said the rise was overdue.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Kwame Asante", "official", country)


def test_the_countrys_minister_is_of_the_one_country_its_sentence_names_when_the_lede_names_two(nlp):
    rows = profiles(
        nlp,
        "Turkey and Indonesia signed a deal for two more frigates on Tuesday.",
        "Turkish state media quoted the country’s deputy defence minister, Murat Ekincioglu-Sarp, as saying the deal "
        "was “the first of several.”",
    )
    assert rows == [("Murat Ekincioglu-Sarp", "official", "Turkey")]
