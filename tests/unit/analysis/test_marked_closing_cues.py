"""A cue that closes its sentence after a comma reports the words before it, though the parser hung the "while" of
the clause before it on the cue as its mark ("…, while factories shed jobs, the office said."); a cue inside a clause
of its own ("when the office said so") still introduces nothing. Fictional texts of our own."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_closing_cue_hung_with_the_while_of_the_clause_before_it_reports_that_clause(nlp):
    rows = said_by(
        nlp,
        "Employers added 41,300 jobs in October, the National Labour Statistics Office said on Friday.",
        "Most of the gains came in health care and construction, while manufacturing shed jobs for a third straight "
        "month, the office said.",
    )
    assert [speaker for speaker, quote in rows if "health care" in quote] == ["National Labour Statistics Office"]


def test_a_report_cue_after_a_while_clause_reports_the_sentence(nlp):
    found = said_by(
        nlp,
        "Rents on two-bedroom flats in the city rose 4.1 percent in the third quarter from a year earlier, the "
        "slowest rise since 2021, while the number of empty flats held near a record low, the Harwick Residential "
        "Lettings Board said in its quarterly survey on Tuesday.",
    )
    assert [speaker for speaker, _ in found] == ["Harwick Residential Lettings Board"]
    assert "Rents on two-bedroom flats" in found[0][1]


def test_a_cue_inside_a_clause_of_its_own_stays_subordinate(nlp):
    rows = said_by(nlp, "Shares of Brantwell fell sharply when the regulator said it would open an inquiry.")
    assert [speaker for speaker, quote in rows if "Shares of Brantwell" in quote] == []
