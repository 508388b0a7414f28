""" "Assemblywoman Dora Kettleby said …", "The proposal’s sponsor, Councilwoman Beatriz Quintero-Halm, says …": the
titles of American city councils, legislatures, town boards and townships ("Supervisor Wendell Osgood") stand before
a name and are no part of it (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Assemblywoman Dora Kettleby said the bill would be amended in committee next week.", "Dora Kettleby"),
        ("Selectwoman Ivy Strathmore said the town would plow the side roads first.", "Ivy Strathmore"),
        (
            "The proposal’s sponsor, Councilwoman Beatriz Quintero-Halm, says shop owners who pay property taxes "
            "should not have to watch vans park at their curb.",
            "Beatriz Quintero-Halm",
        ),
        ("Supervisor Wendell Osgood said the township would repave the road in June.", "Wendell Osgood"),
    ],
)
def test_a_local_title_is_no_part_of_the_name(nlp, text, speaker):
    assert [name for name, _ in said_by(nlp, text)] == [speaker]


def test_a_supervisor_named_again_by_title_and_surname_is_the_person_named_first(nlp):
    """ "Township Supervisor Corinne Abelard-Huynh …" then "Supervisor Abelard-Huynh says …": the title is no part of
    the name, and the surname is hers."""
    rows = said_by(
        nlp,
        "Township Supervisor Corinne Abelard-Huynh has chaired four meetings on the plan.",
        "Supervisor Abelard-Huynh says she will not vote until the state rules.",
    )
    assert [name for name, _ in rows] == ["Corinne Abelard-Huynh"]
