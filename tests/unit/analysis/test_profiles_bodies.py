"""Speaker profiles of bodies named by what they are: a union whose name the recogniser stops before "union", and an
agency of an international organisation ("the UN refugee agency"); fictional bodies and people throughout. Each case
is (paragraphs, (speaker, kind, affiliation) of the one quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("The Unite Workers union said the strike at the depot would go ahead on Monday.",),
            ("Unite Workers union", "institution", ""),
        ),
        (
            ('"We are overwhelmed at the border," said a spokeswoman for the UN refugee agency.',),
            ("", "unnamed", "UN refugee agency"),
        ),
        (
            ('"Funding has run dry," said Ana Lupo, a spokeswoman for the UN food agency.',),
            ("Ana Lupo", "official", "UN food agency"),
        ),
    ],
)
def test_a_body_named_by_what_it_is_keeps_its_whole_name(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == [expected]
