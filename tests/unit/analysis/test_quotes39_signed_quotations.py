"""A pull quote signed with a dash and a name is that person's quote; a dash followed by a place or by the writer's
own words signs nothing (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_BEFORE = "The harbour board met on Tuesday to vote on the new ferry timetable for the winter months."


def test_a_quotation_signed_with_a_title_and_a_name_is_that_persons(nlp):
    rows = said_by(
        nlp,
        _BEFORE,
        "Words of the day",
        f"{L}We will not sell the harbour. Not this year, not ever.{R} — Harbour Master Eulalia Brannigan",
    )
    assert ("Eulalia Brannigan", f"{L}We will not sell the harbour. Not this year, not ever.{R}") in rows


def test_a_quotation_signed_with_a_name_and_a_role_after_it_is_that_persons(nlp):
    rows = said_by(
        nlp, _BEFORE, f"{L}Nobody rides a ferry that never comes.{R} – Osric Pennywhistle, Tilden ferry captain"
    )
    assert [speaker for speaker, _ in rows] == ["Osric Pennywhistle"]


def test_a_quotation_followed_by_a_place_or_the_writers_words_is_nobodys(nlp):
    rows = said_by(
        nlp,
        _BEFORE,
        f"{L}Tilden first, always.{R} — Tilden harbour wall, painted in 1984",
        f"{L}Next stop, Quarry Point.{R} — and then the ferry stalled again.",
    )
    assert rows == []


def test_a_signature_whose_name_the_recogniser_misses_is_still_a_person(nlp):
    rows = said_by(nlp, _BEFORE, f"{L}The bridge is safe.{R} – Ines Dolan, mayor")
    assert rows == [("Ines Dolan", f"{L}The bridge is safe.{R}")]


def test_each_of_a_run_of_signed_quotations_is_its_own_signers(nlp):
    rows = said_by(
        nlp,
        "We asked readers in Tilden what they made of the harbour vote.",
        f"{L}The board never listened to us. It decided first and asked later.{R} \u2015 Marisela Quintanar",
        f"{L}I have fished here for forty years and I have never seen a vote like it.{R}\u2015 Tobiah Farrand.",
        f"{L}He does not answer to anyone on that board, and he never will.{R} \u2015 Lucinda Oyelowo-Park",
    )
    assert [speaker for speaker, _ in rows] == ["Marisela Quintanar", "Tobiah Farrand", "Lucinda Oyelowo-Park"]
