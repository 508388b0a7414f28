""" "Treasurer" before a name is a title, as "Secretary" is: when the recogniser tags it with the given name as one
person ("Treasurer Brigid" of "Treasurer Brigid Callander-Moss"), the title is cut off the name and kept as the role,
and a treasurer tied to no body is a government's, an official. A treasurer of a club named after a comma keeps the
role as before. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of


def _profile(nlp, *paragraphs: str) -> tuple[str, str, str]:
    row = quote_rows_of(nlp, *paragraphs)[0]
    return row["speaker"], row["speaker_kind"], row["role"]


@pytest.mark.parametrize(
    ("paragraphs", "role"),
    [
        (("Treasurer Brigid Callander-Moss said the government had frozen the excise once.",), "Treasurer"),
        (("State Treasurer Brigid Callander-Moss said the bonds would be sold in May.",), "State Treasurer"),
        (
            ("The budget was delayed.", "Treasurer Brigid Callander-Moss said the figures were still being checked."),
            "Treasurer",
        ),
        (('"We will not raise the levy," Treasurer Brigid Callander-Moss said.',), "Treasurer"),
    ],
)
def test_a_treasurer_tagged_with_the_given_name_is_the_title(nlp, paragraphs, role):
    assert _profile(nlp, *paragraphs) == ("Brigid Callander-Moss", "official", role)


def test_a_treasurer_the_recogniser_left_out_stays_as_before(nlp):
    text = "Treasurer Owen Farquhar said the budget would return to surplus in two years."
    assert _profile(nlp, text) == ("Owen Farquhar", "official", "Treasurer")


def test_a_clubs_treasurer_after_a_comma_keeps_the_role(nlp):
    text = "The club's treasurer, Hamish Kestle, said the accounts showed a small profit."
    assert _profile(nlp, text)[::2] == ("Hamish Kestle", "club's treasurer")
