"""Bodies named "Friends of" a place or a thing speak as themselves, with or without an apposition that calls them a
group, and "its" in the next sentence is theirs; friends of a person are friends (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_friends_of_a_river_speak_as_the_group_of_that_name(nlp):
    rows = profiles_of(nlp, "Friends of the River Tarrow said the new quarry would choke the salmon runs.")
    assert rows == [("Friends of the River Tarrow", "institution", "")]


def test_its_after_friends_of_a_place_that_spoke_is_that_group(nlp):
    rows = profiles_of(
        nlp,
        "Friends of the Ashby Marshes, a volunteer group that counts birds every spring, said the drainage plan was "
        "illegal.",
        "Its chairwoman, Rhona Fell, said the group would ask a court to stop the work.",
    )
    assert rows == [
        ("Friends of the Ashby Marshes", "institution", ""),
        ("Rhona Fell", "other", "Friends of the Ashby Marshes"),
    ]


def test_friends_of_a_person_are_still_people(nlp):
    rows = profiles_of(nlp, "Friends of Ann Ross said she had planned to sail home that week.")
    assert rows == [("", "unnamed", "")]
