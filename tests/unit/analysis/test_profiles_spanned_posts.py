"""A post bounded by a span of two years ("X, foreign secretary from 2014 to 2016,") was held and left: its holder
speaks as an expert, not from office; a single year or an open span says nothing of that (quotes/past_posts.py).
Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_post_from_one_year_to_another_is_a_former_one(nlp):
    found = profiles_of(
        nlp, "Britain wasted a decade, Geoffrey Hallam, foreign secretary from 2014 to 2016, said on Wednesday."
    )
    assert ("Geoffrey Hallam", "analyst", "") in found


def test_a_post_between_two_years_is_a_former_one(nlp):
    found = profiles_of(nlp, "Anna Berg, Sweden's trade minister between 2010 and 2014, said the plan would fail.")
    assert [(s, k) for s, k, _ in found] == [("Anna Berg", "analyst")]


def test_a_post_since_a_year_is_held_still(nlp):
    found = profiles_of(nlp, "Anna Berg, Sweden's trade minister since 2019, said the plan would fail.")
    assert [(s, k) for s, k, _ in found] == [("Anna Berg", "official")]


def test_years_of_a_clause_further_on_make_no_former_post(nlp):
    found = profiles_of(
        nlp,
        "Dana Pryce, a firefighter in Halden, who voted for one party in 2008 and another in 2012, said the plan had "
        "done nothing for her.",
    )
    assert [(s, k) for s, k, _ in found] == [("Dana Pryce", "other")]
