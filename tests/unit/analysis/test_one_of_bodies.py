"""One of a plural set off by a body's name speaks as that body (texts of our own): "One of the airline's biggest
lessors, Dublin-based Kilbeg Capital, said" and "One of its largest creditors, Halden Bank, said" are the lessor and
the bank speaking as themselves, no unnamed source; "One of her students, Tristan Moss," is still the student."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "One of the airline's biggest lessors, Dublin-based Kilbeg Capital, said it would take back six jets.",
            "Kilbeg Capital",
        ),
        ("One of its largest creditors, Halden Bank, said it would not extend the loan beyond March.", "Halden Bank"),
    ],
)
def test_one_of_a_plural_named_as_a_body_is_the_body(nlp, text, body):
    assert profiles_of(nlp, text) == [(body, "institution", "")]


def test_one_of_a_plural_named_as_a_person_is_the_person(nlp):
    rows = profiles_of(nlp, "One of her students, Tristan Moss, said the march would go on until Sunday.")
    assert [(speaker, kind) for speaker, kind, _ in rows] == [("Tristan Moss", "other")]
