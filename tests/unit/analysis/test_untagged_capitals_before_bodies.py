"""A capital the recogniser left untagged before a body's noun and its name ("a lawyer with the Maputo rights group
X") places the body, whose name is the person's workplace, as a tagged place there does; a capital alone after "in"
stays where the person is. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Dercio Langa-Muchanga, a lawyer with the Maputo rights group Justiça Aberta, said 14 of those detained "
            "were children.",
            ("Dercio Langa-Muchanga", "other", "Justiça Aberta"),
        ),
        (
            "Kofi Mensah-Larbi, a researcher at the Accra think tank Sankofa Policy Forum, said the vote was close.",
            ("Kofi Mensah-Larbi", "analyst", "Sankofa Policy Forum"),
        ),
    ],
)
def test_an_untagged_capital_before_a_body_noun_places_the_named_body(nlp, paragraph, expected):
    assert profiles_of(nlp, paragraph) == [expected]


def test_a_capital_after_in_stays_the_place(nlp):
    paragraph = "Kofi Mensah-Larbi, a lawyer in Accra, said the vote was close."
    assert profiles_of(nlp, paragraph) == [("Kofi Mensah-Larbi", "other", "Accra")]
