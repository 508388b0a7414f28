"""A bare "the analyst" or "the expert" when no one the article named holds that word in their role is the latest
expert named before it: a think tank's programme head is "the analyst" for the desk (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_analyst_is_the_think_tank_s_programme_head(nlp):
    rows = said_by(
        nlp,
        "Teodora Vilanova-Ash, who leads the Andes programme at the Meridian Institute for Security Studies, said "
        "cocaine seizures had doubled. She said the cartels had moved to new ports.",
        f"{L}For every ton seized, two get through,{R} the analyst said.",
    )
    assert [speaker for speaker, _ in rows] == ["Teodora Vilanova-Ash"] * 3


def test_the_analyst_is_no_official_named_before(nlp):
    rows = said_by(
        nlp,
        "Interior Minister Rafael Quintero-Bale said the navy would patrol the coast.",
        f"{L}The ports are the weak link,{R} the analyst said.",
    )
    assert [speaker for speaker, _ in rows][0] == "Rafael Quintero-Bale"
    assert rows[1][0] != "Rafael Quintero-Bale"
