"""People the recogniser tagged a place or an organisation, named beside a person's noun ("a displaced fisherman, X,",
"One of the drivers, X,", "X, 47, a teacher,"): the name is the speaker, an age given beside it names the speaker of
"the 47-year-old said", and a "she" after "the 47-year-old teacher said" is that person, not one named before."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_TEACHER = (
    "Malika Saidova, 47, a teacher at the village school, said she had been marking homework when the walls cracked. "
    "A neighbour, Zarina Rahimova, 16, said her brother had pulled her out."
)


def test_a_name_tagged_a_place_beside_a_persons_noun_is_the_speaker(nlp):
    rows = said_by(
        nlp, "In the Mafambisse camp, a displaced fisherman, Celestino Muianga, said the sea had taken his boat."
    )
    assert rows == [("Celestino Muianga", "the sea had taken his boat")]


def test_an_age_given_beside_a_name_tagged_a_place_names_the_speaker(nlp):
    rows = said_by(nlp, _TEACHER, "The 47-year-old said the school had no roof left.")
    assert rows[-1] == ("Malika Saidova", "the school had no roof left")


def test_she_after_an_age_and_a_noun_is_the_person_of_that_age(nlp):
    rows = said_by(
        nlp, _TEACHER, "The 47-year-old teacher said the school had no roof left. She said lessons would move."
    )
    assert rows[-2:] == [("Malika Saidova", "the school had no roof left"), ("Malika Saidova", "lessons would move")]


def test_one_of_the_people_a_noun_names_is_the_name_set_beside_it(nlp):
    rows = said_by(
        nlp,
        "The company’s head of operations, Ilse Brandt, said the road was closed.",
        "One of the drivers, Issa Mahamat Abakar, said the gate had been locked since Monday. "
        f"{L}Nobody has come through for a week,{R} the 30-year-old said.",
    )
    assert rows[-1] == ("Issa Mahamat Abakar", f"{L}Nobody has come through for a week,{R}")
