"""A title, a given name the recogniser left untagged and a hyphen-joined surname it took for an organisation ("Mayor
Sylvain" + "Beaudry-Keating") are one person (given_before_hyphen.py), whom "the mayor" and "he" then name."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_mayor_with_a_double_barrelled_surname_keeps_speaking(nlp):
    rows = said_by(
        nlp,
        f"Harbourville Mayor Sylvain Beaudry-Keating called the ferry cut {L}a slap in the face{R} to island families. "
        f"{L}The province finds money for bridges and none for boats,{R} the mayor said. He said the town had raised "
        "its own share twice.",
    )
    assert [s for s, _ in rows] == ["Sylvain Beaudry-Keating"] * 3
