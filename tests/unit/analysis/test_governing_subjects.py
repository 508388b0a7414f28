"""A lede whose subject is one state's prime minister, even after a scene-setting clause, gives the state to a bare
"Prime Minister X" quoted after it; one whose subject is a country by name gives it to a minister of a portfolio
("Transport Minister X"), though the lede names a partner state too, but not to a bare "President X", as often a
visitor's host or the paper's own (governing_subjects.py); two states acting together give none."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles


def test_a_country_that_signs_in_the_lede_gives_its_minister_but_not_a_bare_president_its_country(nlp):
    paragraphs = (
        "Albania signed a deal on Friday giving a Turkish builder the right to run its main rail line for 30 years.",
        "Transport Minister Vera Lungu said the builder would double the line's freight within five years.",
        '"We chose the best offer," President Ion Ciobanu said at the ceremony.',
    )
    assert profiles(nlp, *paragraphs) == [
        ("Vera Lungu", "official", "Albania"),
        ("Ion Ciobanu", "official", ""),
    ]


def test_a_country_the_recogniser_tags_an_organisation_still_acts_as_a_state(nlp):
    paragraphs = (
        "Moldova signed a deal on Friday letting a Turkish builder run its main rail line for 30 years.",
        "Transport Minister Vera Lungu said the builder would double the line's freight within five years.",
    )
    assert profiles(nlp, *paragraphs) == [("Vera Lungu", "official", "Moldova")]


def test_a_prime_minister_owned_by_a_country_after_a_scene_setting_clause_is_that_country_s(nlp):
    paragraphs = (
        "Two months after a strike shut the ports, Portugal's prime minister has cut the budget for new roads.",
        "Prime Minister Rui Falcao told parliament that the government would not raise dockers' pay again.",
    )
    assert profiles(nlp, *paragraphs) == [("Rui Falcao", "official", "Portugal")]


def test_two_states_acting_together_give_no_country(nlp):
    paragraphs = (
        "Chile and Peru have revived plans for a joint port, a project Brazil opposes.",
        "Transport Minister Ana Rojas said a study would be finished this year.",
    )
    assert profiles(nlp, *paragraphs) == [("Ana Rojas", "official", "")]
