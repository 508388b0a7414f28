"""A bare "the <noun>" that repeats the post an earlier sentence said a named person came to hold ("When Brent
Olafson-Ng became principal of the school in 2014, …" and, blocks later, "the principal says") is that person, as one
said to be one ("X has been a nurse") is, though the parser reads the post after "became" as an adjective's
complement (predicated_people.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

_PLANT = f"Dwayne Lindenau, the plant manager, says the plant is hiring. {L}We need 200 people,{R} he says."


@pytest.mark.parametrize(
    ("opening", "name", "noun"),
    [
        (
            "When Brent Olafson-Ng became principal of Tollerton Composite School in 2014, it had 380 students.",
            "Brent Olafson-Ng",
            "principal",
        ),
        (
            "Yusra Halloran became director of the Kestrel Valley food bank in 2019, the year its shelves ran bare.",
            "Yusra Halloran",
            "director",
        ),
        (
            "Marit Osei-Lund became the principal of Tollerton Composite School in 2014.",
            "Marit Osei-Lund",
            "principal",
        ),
    ],
)
def test_the_post_someone_became_is_that_person(nlp, opening, name, noun):
    rows = said_by(
        nlp,
        opening,
        _PLANT,
        f"Graduation is in the hockey arena, and the {noun} says the program will be printed in three languages.",
    )
    assert rows[-1][0] == name


def test_a_post_someone_did_not_become_is_no_one_named(nlp):
    rows = said_by(
        nlp,
        "Brent Olafson-Ng never became principal of Tollerton Composite School, though he applied twice.",
        _PLANT,
        "Graduation is in the hockey arena, and the principal says the program will be printed in three languages.",
    )
    assert rows[-1][0] != "Brent Olafson-Ng"
