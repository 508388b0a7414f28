"""A statistics office's head titled before the name ("Chief Statistician X") is an official under the whole title,
though the recogniser read the title's last word into the name. Fictional texts of our own."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_a_chief_statistician_is_an_official_under_the_whole_title(nlp):
    rows = quote_rows_of(
        nlp,
        "Retail sales rose 2.1% in March, the Federal Statistics Bureau of Norlandia said on Tuesday.",
        "Chief Statistician Oren Valdecasas told reporters that the rise was broad.",
    )
    assert [(r["speaker"], r["speaker_kind"], r["role"]) for r in rows[1:]] == [
        ("Oren Valdecasas", "official", "Chief Statistician")
    ]


def test_a_chief_economist_stays_an_analyst(nlp):
    rows = quote_rows_of(nlp, "Chief Economist Oren Valdecasas told reporters that the rise was broad.")
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("Oren Valdecasas", "analyst")]
