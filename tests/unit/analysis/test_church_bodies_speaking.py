"""A diocese, an archdiocese or a synod that "said in a statement" speaks as a body (GUIDELINES: an institution that
speaks), not as an unnamed source."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_diocese_that_said_in_a_statement_is_an_institution(nlp):
    rows = profiles_of(
        nlp,
        "The Episcopal Diocese of Fenwick Vale will sell its retreat house on Lake Orrin, Bishop Hal Brisco said.",
        "The diocese said in a statement that the house had lost money for eleven straight years.",
    )
    assert [kind for _, kind, _ in rows][-1] == "institution"


def test_the_synod_that_said_so_is_an_institution(nlp):
    rows = profiles_of(
        nlp,
        "Delegates of the Northern Plains Synod voted on Saturday to share two pastors among six rural churches.",
        "The synod said the plan would keep every church open for at least five more years.",
    )
    assert [kind for _, kind, _ in rows][-1] == "institution"


def test_a_titled_spokesman_set_after_the_diocese_is_the_spokesman(nlp):
    rows = profiles_of(
        nlp,
        "A spokesman for the diocese, Deacon Martin Ashby-Cole, said the retreat house would be sold by June.",
    )
    assert rows[0][0] == "Martin Ashby-Cole"
