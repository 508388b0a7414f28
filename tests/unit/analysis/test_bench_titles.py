""" "The judge said" after the article named "Justice <Name>" is that person, not the
justice minister (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_judge_is_the_person_titled_justice(nlp):
    rows = said_by(
        nlp,
        "Justice Miriam Okafor heard the appeal on Monday.",
        "The judge said the ferry company had broken its contract.",
    )
    assert rows == [("Miriam Okafor", "the ferry company had broken its contract")]


def test_the_judge_is_not_the_justice_minister(nlp):
    for opening in ("Justice Minister Lena Ward visited the court.", "Lena Ward, the justice minister, spoke first."):
        rows = said_by(nlp, opening, "The judge said the evidence was thin.")
        assert ("Lena Ward", "the evidence was thin") not in rows
