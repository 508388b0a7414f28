"""An analyst tied to a firm by a clause of following a field (texts of our own): "who follows the industry for the
rating agency Y", "who tracks freight rates at Y", as "who covers the sector for Y" was; a field followed in the past
("who followed the talks for years") is no post; one who represents a group "for" a union is the union's, not "at" a
court."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        (
            "Nora Valdane, who follows the industry for the rating agency Kestmoor Ratings, said most ferry operators "
            "had repaid their debts.",
            "Kestmoor Ratings",
        ),
        (
            "Nora Valdane, who tracks freight rates at Brightquay Analytics, said the cost of a container would rise "
            "next year.",
            "Brightquay Analytics",
        ),
        (
            "Nora Valdane, who covers shipping for the broker Halden Bank, said the cost of a container would rise "
            "next year.",
            "Halden Bank",
        ),
    ],
)
def test_one_who_follows_a_field_for_a_firm_is_its_analyst(nlp, text, affiliation):
    assert profiles_of(nlp, text) == [("Nora Valdane", "analyst", affiliation)]


def test_a_field_followed_in_the_past_names_no_workplace(nlp):
    text = "Nora Valdane, who followed the talks for Halden Bank in 2019, said the cost of a container would rise."
    assert profiles_of(nlp, text) == [("Nora Valdane", "other", "")]


def test_one_who_represents_a_group_for_a_union_is_the_unions(nlp):
    text = (
        "Piet Vandamme, who represents the lock keepers for the Scheldt Transport Workers' Union, said staff "
        "shortages, not pay, were behind the strike."
    )
    assert profiles_of(nlp, text) == [("Piet Vandamme", "other", "Scheldt Transport Workers' Union")]


def test_one_who_represents_clients_at_a_court_is_not_the_courts(nlp):
    text = "Nora Valdane, who represents the families at the Harlow High Court, said the ruling would come in May."
    assert profiles_of(nlp, text) == [("Nora Valdane", "other", "")]
