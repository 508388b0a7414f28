"""A police service the article named, called back by its bare noun ("Police said", "the force said"), speaks as
that service; with no service named, or two, the noun stays an unnamed source. Fictional text throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles

LEDE = "Brackenford Regional Police say a man was arrested after a break-in on Elm Street."
SERVICE = "Brackenford Regional Police"


@pytest.mark.parametrize(
    "later",
    [
        "Police said the suspect fled on foot before officers caught him.",
        '"We ask anyone with video to call us," police said.',
        "The police said the suspect fled on foot before officers caught him.",
        "The force said the suspect fled on foot before officers caught him.",
    ],
)
def test_the_one_named_service_speaks_by_its_bare_noun(nlp, later):
    assert profiles(nlp, LEDE, later) == [(SERVICE, "institution", ""), (SERVICE, "institution", "")]


def test_the_service_called_a_service_by_its_noun(nlp):
    lede = "The Ostvale Police Service says two cars were stolen overnight."
    later = "The service said both cars were found near the harbour."
    name = "Ostvale Police Service"
    assert profiles(nlp, lede, later) == [(name, "institution", ""), (name, "institution", "")]


def test_police_stay_unnamed_when_the_article_names_no_service(nlp):
    lede = "A man was arrested after a break-in on Elm Street in Brackenford."
    later = "Police said the suspect fled on foot before officers caught him."
    assert profiles(nlp, lede, later) == [("", "unnamed", "")]


def test_police_stay_unnamed_when_the_article_names_two_services(nlp):
    paragraphs = (
        LEDE,
        "The Ostvale Police Service said it had helped with the search.",
        "Police said the suspect fled on foot before officers caught him.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("", "unnamed", "")


def test_a_service_named_only_later_is_not_called_back(nlp):
    paragraphs = (
        "Police said a man was arrested after a break-in on Elm Street.",
        "Brackenford Regional Police say the suspect fled on foot before officers caught him.",
    )
    assert profiles(nlp, *paragraphs)[0] == ("", "unnamed", "")


@pytest.mark.parametrize(
    "body",
    [
        "The Brackenford Police Federation",
        "The Brackenford Police Services Board",
    ],
)
def test_a_union_or_board_of_the_police_is_no_police_service(nlp, body):
    paragraphs = (
        f"{body} says a man was arrested after a break-in on Elm Street.",
        "Police said the suspect fled on foot before officers caught him.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("", "unnamed", "")
