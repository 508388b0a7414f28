"""A place joined by "and" to a place after "in" is no subject of the verb after it (joined_places): "one of 12 in
Newfoundland and Labrador declared surplus" says where, so what the speaker said goes on past it; fictional text."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("paragraph", "speaker", "place"),
    [
        (
            "The department said the wharf was one of 12 in Newfoundland and Labrador declared surplus this year and "
            f"that the town {L}can apply to take it over.{R}",
            "department",
            "Labrador",
        ),
        (
            "Nadia Osei said the school was one of 30 in Saskatchewan and Manitoba declared unsafe after the storm and "
            f"that the province {L}will rebuild every one of them.{R}",
            "Nadia Osei",
            "Manitoba",
        ),
        (
            "The agency said it was one of four plants in Ontario and Quebec declared surplus in May and that buyers "
            f"{L}have until June to bid.{R}",
            "agency",
            "Quebec",
        ),
    ],
)
def test_the_second_of_two_places_after_in_is_no_speaker(nlp, paragraph, speaker, place):
    """The whole of what was said is the speaker's, the place after "and" speaks none of it."""
    rows = said_by(nlp, paragraph)
    assert [s for s, _ in rows] == [speaker]
    assert f"and {place} declared" in rows[0][1] and "that " in rows[0][1]


def test_a_person_joined_after_another_cue_still_speaks(nlp):
    """ "… for the farmers and Tom Baird said …": a person after "and" is the subject of the cue after it (a guard)."""
    rows = said_by(nlp, "Lena Ortiz said she would vote for the farmers and Tom Baird said the levy must go.")
    assert rows == [("Lena Ortiz", "she would vote for the farmers"), ("Tom Baird", "the levy must go")]
