"""A diocese, an archdiocese or a synod that "said in a statement" speaks as a body (GUIDELINES: an institution that
speaks), not as an unnamed source."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

#: Stories whose last quote is the church body's own.
BODIES_SPEAKING = {
    "a diocese that said in a statement": (
        "The Episcopal Diocese of Fenwick Vale will sell its retreat house on Lake Orrin, Bishop Hal Brisco said.",
        "The diocese said in a statement that the house had lost money for eleven straight years.",
    ),
    "a synod that said so": (
        "Delegates of the Northern Plains Synod voted on Saturday to share two pastors among six rural churches.",
        "The synod said the plan would keep every church open for at least five more years.",
    ),
}


@pytest.mark.parametrize("paragraphs", BODIES_SPEAKING.values(), ids=BODIES_SPEAKING.keys())
def test_the_church_body_that_speaks_is_an_institution(nlp, paragraphs):
    rows = profiles_of(nlp, *paragraphs)
    assert [kind for _, kind, _ in rows][-1] == "institution"


def test_a_titled_spokesman_set_after_the_diocese_is_the_spokesman(nlp):
    rows = profiles_of(
        nlp,
        "A spokesman for the diocese, Deacon Martin Ashby-Cole, said the retreat house would be sold by June.",
    )
    assert rows[0][0] == "Martin Ashby-Cole"
