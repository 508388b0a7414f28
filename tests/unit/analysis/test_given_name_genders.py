"""A person's gender from a common given name, when the article tells nothing else of it (texts of our own)."""

from __future__ import annotations

from dashboard.analysis.quotes.given_names import gender_of_given_name
from tests.quoting import said_by


def test_she_after_a_woman_and_a_man_neither_of_whose_genders_the_article_tells(nlp):
    assert said_by(
        nlp,
        "The water reached the clinic on Sunday. Maria Lopez, a nurse, carried the files upstairs. Tom Reyes, a"
        " paramedic, drove the last patients to the school gym. \u201cWe ran out of dry clothes by noon,\u201d she"
        " said.",
    )[-1] == ("Maria Lopez", "\u201cWe ran out of dry clothes by noon,\u201d")


def test_she_after_two_women_prefers_the_nearer_one_named_by_her_first_name(nlp):
    assert said_by(
        nlp,
        "Ms. Ellen Park, the shelter's director, opened the doors at dawn. Fatima Haddad, a volunteer, handed out"
        " soup to the families in the hall. \u201cSome of them had walked all night,\u201d she said.",
    )[-1] == ("Fatima Haddad", "\u201cSome of them had walked all night,\u201d")


def test_given_names_of_one_gender_only():
    assert gender_of_given_name("Maria Lopez") == "f"
    assert gender_of_given_name("Jos\u00e9 Ortega") == "m"
    assert gender_of_given_name("Jordan Blake") == ""  # borne by both
    assert gender_of_given_name("Maria") == ""  # a lone word may be a surname


def test_ines_is_a_womans_name_with_or_without_its_accent():
    assert gender_of_given_name("In\u00e9s Calvo") == "f"
    assert gender_of_given_name("Ines Varga") == "f"
