"""A park or forest a state keeps, named "… National Park", "… State Forest" or "… Wildlife Refuge", is a state's
body (public_lands): its superintendent speaks as an official, whatever the recogniser took the name for."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_national_park_superintendent_is_an_official(nlp):
    text = (
        "Odile Brannigan, superintendent of Quillmere National Park, said the lake trail would stay shut until the "
        "bridge over the falls had been rebuilt."
    )
    assert profiles_of(nlp, text) == [("Odile Brannigan", "official", "Quillmere National Park")]


def test_a_wildlife_refuge_manager_is_an_official(nlp):
    text = "Piet Halloran, manager of Brackwater National Wildlife Refuge, said the marsh would reopen in the spring."
    assert profiles_of(nlp, text) == [("Piet Halloran", "official", "Brackwater National Wildlife Refuge")]
