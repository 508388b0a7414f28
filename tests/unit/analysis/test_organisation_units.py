"""An organisation named with its possessive and a place before a person's title ("the Harbour Workers Union's Ontario
president") ties the person to the organisation, no unit "Union's Ontario" (`organisation_units`); a unit written
after a name ("Velmar Europe") is still taken in. Fictional bodies and people."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Harbour Workers Union's Ontario president, Dale Rosko, said the talks had failed.",
            "Harbour Workers Union",
        ),
        (
            "The Seafarers Federation's Texas branch secretary, Dale Rosko, said the talks had failed.",
            "Seafarers Federation",
        ),
    ],
)
def test_a_place_after_a_possessive_body_is_the_posts_not_the_bodys(nlp, text, body):
    assert profiles_of(nlp, text) == [("Dale Rosko", "other", body)]
