"""A participle the parser hung on the phrase of a setting or a garment right after a person's name ("closes with Ann
Ross in a work shirt saying she will …") is that person's, not an unnamed source's; a group described by what it
wears is still unnamed (fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_person_in_a_work_shirt_saying_speaks(nlp):
    rows = said_by(
        nlp,
        f"The ad closes with Corinne Vasquez-Abell in a work shirt saying she will {L}stand up for every rancher.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Corinne Vasquez-Abell"]


def test_supporters_in_red_hats_saying_stay_unnamed(nlp):
    rows = said_by(nlp, "Supporters in red hats saying the vote was stolen gathered outside the county office.")
    assert [speaker for speaker, _ in rows] == [""]
