"""A person set off after a business noun that says only where they work ("her counterpart at a rival lender, Ann
Roe,") is the person in the post, not the lender's name; a name set off after the business noun itself ("sold to a
developer, Corbett Homes, which …") is still the business (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import profiles_of, said_by


def test_a_name_set_off_after_a_counterparts_workplace_is_the_counterpart(nlp):
    rows = profiles_of(
        nlp,
        "Maren Quist-Holloway, chief economist at Tollgate Savings, said the rise would fade. Her counterpart at a "
        "rival lender, Pavel Ostrander, disagreed, saying rents were climbing. “The board cut too early,” he said.",
    )
    assert [(speaker, kind) for speaker, kind, _ in rows] == [
        ("Maren Quist-Holloway", "analyst"),
        ("Pavel Ostrander", "other"),
        ("Pavel Ostrander", "other"),
    ]


def test_a_name_set_off_after_the_business_noun_itself_is_still_the_business(nlp):
    rows = said_by(nlp, "The plot was sold to a developer, Corbett Homes, which said it would build 40 houses.")
    assert rows == [("Corbett Homes", "it would build 40 houses")]
