"""A forum named by the people it gathers ("the Forum for Stranded Homebuyers", "the Kellbrook Tenants' Forum") is a
body of its members, as an association is, and its president speaks for them (`other`), no think-tank expert; a forum
named by a field of study stays a research body. Fictional sentences on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from tests.quoting import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Marisol Threlfall, president of the Forum for Stranded Homebuyers, said the fund was too small.",
        "Marisol Threlfall, who chairs the Kellbrook Tenants' Forum, said rents had doubled in five years.",
        "Marisol Threlfall, head of the Forum of Mortgage Borrowers, said banks had been slow to help.",
    ],
)
def test_the_head_of_a_forum_of_members_speaks_for_them(nlp, text):
    assert kind_of(nlp, "Marisol Threlfall", text) == "other"


def test_a_fellow_of_a_forum_of_studies_stays_an_analyst(nlp):
    text = "Odhran Vesey, a fellow at the Forum for Security Studies, said the talks would fail."
    assert kind_of(nlp, "Odhran Vesey", text) == "analyst"
