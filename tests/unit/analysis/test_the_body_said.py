"""A body the article named, spoken of as "the body" ("Speaking later, the body said"; lexicon.COMPANY_NOUNS)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_body_is_the_organisation_named_before(nlp):
    said = said_by(
        nlp,
        "Lakeshore Water Board confirmed on Tuesday that the reservoir project had been delayed. Speaking later, the "
        "body said rising steel prices had made the plan ‘unaffordable’.",
    )
    assert said == [
        ("Lakeshore Water Board", "the reservoir project had been delayed"),
        ("Lakeshore Water Board", "rising steel prices had made the plan ‘unaffordable’"),
    ]


def test_a_corpse_is_no_organisation(nlp):
    said = said_by(nlp, "Inspector Rhian Dowd said a body had been found. The body had been there for weeks, she said.")
    assert [speaker for speaker, _ in said] == ["Rhian Dowd", "Rhian Dowd"]


def test_a_body_of_work_says_nothing(nlp):
    said = said_by(nlp, "A growing body of research suggests that short naps can ‘sharpen memory’ in older adults.")
    assert said == []
