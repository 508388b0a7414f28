"""A cue closing its sentence after a set-off apposition still reports the words before its comma when a participle
dates the writing it was said in ("…, Y, a modelling firm, said in a report released on Friday"), though the parser
hung the cue on that clause as a conjunct; a participle that says more ("in a report showing that …") is no date
(quotes/dated_writings.py). Fictional text."""

from __future__ import annotations

from dashboard.analysis.quotes.dated_writings import dates_a_writing
from tests.quoting import said_by


def test_a_firm_set_off_by_its_apposition_speaks_in_a_report_released_on_friday(nlp):
    found = said_by(
        nlp,
        "Insured losses will reach $12 billion, Brightwater Risk Analytics, a modelling firm, said in a report "
        "released on Friday.",
    )
    assert [speaker for speaker, _ in found] == ["Brightwater Risk Analytics"]
    assert "Insured losses will reach $12 billion" in found[0][1]


def test_a_firm_speaks_in_an_estimate_released_on_tuesday(nlp):
    found = said_by(
        nlp,
        "Insured losses from the floods will reach $5 billion, Ormond Risk, a catastrophe-modelling firm, said in an "
        "estimate released on Tuesday.",
    )
    assert [speaker for speaker, _ in found] == ["Ormond Risk"]


def test_a_participle_with_a_clause_of_its_own_dates_no_writing(nlp):
    doc = nlp("The agency said so in a report showing that exports fell.")
    showing = next(t for t in doc if t.lower_ == "showing")
    released = next(t for t in nlp("The agency said so in a report released on Friday.") if t.lower_ == "released")
    assert not dates_a_writing(showing)
    assert dates_a_writing(released)
