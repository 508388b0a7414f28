"""A body the recogniser left untagged, or tagged only the place ending its name, that an apposition calls one:
it speaks as itself, and "its" in the next sentence is its own, not a body named before it (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def _story(lobby: str) -> tuple[str, ...]:
    return (
        "Lawmakers in Strasbourg passed a law on Tuesday that limits glass packaging.",
        "Environment Commissioner Ivo Starke said the Commission would propose rules for the exemptions within a year.",
        f"{lobby}, a lobby group for bottle makers, said in a statement that the law would cost its members 2 billion "
        "euros.",
        "Its director general, Ada Rusk, said small plants would struggle to adapt in time.",
    )


def test_a_body_whose_name_ends_in_a_place_speaks_as_itself(nlp):
    assert ("Glassware Europe", "institution", "") in profiles_of(nlp, *_story("Glassware Europe"))


def test_its_after_an_untagged_body_that_spoke_is_that_body_not_the_one_named_before(nlp):
    assert ("Ada Rusk", "other", "Recycling Europe") in profiles_of(nlp, *_story("Recycling Europe"))


def test_a_name_of_plural_nouns_joined_by_a_preposition_is_the_body_its_apposition_calls_one(nlp):
    rows = profiles_of(
        nlp,
        "Parents Against Tall Fences, a residents’ group, said in a letter that the fence was an eyesore.",
        "Friends of Larch Park, a volunteer group, warned that the oaks along the river were dying.",
    )
    assert rows == [
        ("Parents Against Tall Fences", "institution", ""),
        ("Friends of Larch Park", "institution", ""),
    ]


def test_people_from_a_place_set_off_by_a_description_are_still_people(nlp):
    assert profiles_of(nlp, "Farmers in Ohio, a vital voting group, said the rules were unfair.") == [
        ("", "unnamed", "Ohio")
    ]
