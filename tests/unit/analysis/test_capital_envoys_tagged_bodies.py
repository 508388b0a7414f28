"""A capital whose possessive owns an envoy's or a minister's title stands for its state also where the recogniser
tagged the capital an organisation ("Abuja's envoy to the bloc, X," serves Nigeria); a capital's own officer ("Abuja's
police commissioner") still serves the city. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Abuja's envoy to the bloc, Chinedu Okafor-Bello, said Nigeria supported the mission.",
            ("Chinedu Okafor-Bello", "official", "Nigeria"),
        ),
        (
            "Abuja's ambassador to Ghana, Chinedu Okafor-Bello, said the border would reopen on Monday.",
            ("Chinedu Okafor-Bello", "official", "Nigeria"),
        ),
    ],
)
def test_a_capital_tagged_a_body_that_sends_an_envoy_stands_for_its_state(nlp, paragraph, expected):
    assert profiles_of(nlp, paragraph) == [expected]


def test_a_capital_tagged_a_body_keeps_its_own_officer(nlp):
    paragraph = "Abuja's police commissioner, Musa Danladi-Ahmed, said the march would be allowed."
    assert profiles_of(nlp, paragraph) == [("Musa Danladi-Ahmed", "official", "Abuja")]
