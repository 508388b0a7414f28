"""A prosecuting attorney named by title ("Deputy District Attorney X", "Crown counsel X") is "the prosecutor" of a
later sentence (`prosecutor_words`), and the defence lawyer named between is not (real pipeline, fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_prosecutor_said_is_the_district_attorney(nlp):
    rows = said_by(
        nlp,
        "Deputy District Attorney Renata Osei-Lambright told the jury the fire had been set for the insurance money.",
        "The defendant’s lawyer, Gideon Farrow-Mbeki, said his client had been out of town that night.",
        "The prosecutor said a neighbour had seen the defendant’s truck in the driveway an hour before the fire.",
    )
    assert [s for s, _ in rows] == ["Renata Osei-Lambright", "Gideon Farrow-Mbeki", "Renata Osei-Lambright"]


def test_the_prosecutor_said_is_crown_counsel(nlp):
    rows = said_by(
        nlp,
        "Crown counsel Maeve Dorrington-Achebe asked for a sentence of three years, citing the harm done to the river.",
        "The prosecutor said the company had been warned twice before the spill.",
    )
    assert [s for s, _ in rows][-1] == "Maeve Dorrington-Achebe"
