"""A description by role that names a US state the article had not yet given ("Sen. Ann Ross said … “…,” the
Minnesota senator told …") refers back to the person of that role, as US political news tells the state while it
refers back; a person the article gave another state ("Texas Sen. X") is not that senator (fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_state_senator_is_the_senator_named_before(nlp):
    rows = said_by(
        nlp,
        "Sen. Wilhelmina Cortese-Aboud said Sunday that she would stay in the race through the spring.",
        f"{L}I have no plans to leave,{R} the Minnesota senator told a radio host in Duluth on Monday.",
    )
    assert [speaker for speaker, _ in rows] == ["Wilhelmina Cortese-Aboud"] * 2


def test_a_senator_of_another_state_is_not_the_one_described(nlp):
    rows = said_by(
        nlp,
        "Texas Sen. Ambrose Keillor-Nash said on Monday that the bill would pass by the summer.",
        "Sen. Hollis Pereira-Vint said the votes were not there yet.",
        f"{L}We are four votes short,{R} the Ohio senator told reporters.",
    )
    assert [speaker for speaker, _ in rows] == ["Ambrose Keillor-Nash", "Hollis Pereira-Vint", "Hollis Pereira-Vint"]
