"""A part in an event set before a titled name ("The moderator, Brightmoor president X,", "The host, Halden Bank chief
executive X,") says nothing of where the person works; the title right before the name does
(quotes/occasion_titles.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_moderator_with_a_think_tanks_title_speaks_for_the_think_tank(nlp):
    found = profiles_of(
        nlp,
        "The webinar was hosted by the Brightmoor Centre for Economic Security, a Washington think tank.",
        "The moderator, Brightmoor president Eleanor Voss, asked whether the price cap still had teeth.",
    )
    assert ("Eleanor Voss", "analyst", "Brightmoor Centre for Economic Security") in found


def test_a_host_with_a_companys_title_is_the_companys(nlp):
    found = profiles_of(nlp, "The host, Halden Bank chief executive Tom Reyes, said the bank would open ten branches.")
    assert ("Tom Reyes", "other", "Halden Bank") in found


def test_a_moderator_with_no_title_keeps_the_part(nlp):
    found = profiles_of(nlp, "The moderator, Eleanor Voss, asked whether the price cap still had teeth.")
    assert ("Eleanor Voss", "other", "") in found
