"""The officers of US state and county government that statehouse and local news quote: a county's recorder and
auditor, a state's consumers' counsel, a schools superintendent, a governor's or a mayor's staff, are officials; and
"called lawmakers back" is a summons, no quote."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.kinds import kind_of
from tests.quoting import profiles_of, quote_rows_of


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        ("", "Dunhollow County Recorder"),
        ("Brisket County Auditor", "Brisket County"),
        ("State Treasurer", ""),
        ("", "Vermillion Consumers' Counsel"),
        ("Superintendent", "Tarrow Creek County Schools"),
        ("Superintendent of Public Instruction", ""),
        ("the governor's chief of staff", ""),
        ("the mayor's senior adviser", ""),
        ("Mayor Quill's communications director", ""),
    ],
)
def test_state_and_county_officers_and_office_staff_are_officials(role, affiliation):
    assert kind_of(role, affiliation) == "official"


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        ("the governor's campaign manager", ""),
        ("site superintendent", "Brackwell Builders Inc"),
        ("general counsel", "Orvin Foods"),
    ],
)
def test_campaign_staff_and_company_officers_are_no_officials(role, affiliation):
    assert kind_of(role, affiliation) == "other"


def test_a_county_auditor_named_by_title_is_an_official(nlp):
    text = "Brisket County Auditor Mona Vreeland said her office would mail 12,000 new tax bills next week."
    [(name, kind, affiliation)] = profiles_of(nlp, text)
    assert (name, kind) == ("Mona Vreeland", "official") and affiliation.startswith("Brisket County")


def test_a_governors_chief_of_staff_is_an_official(nlp):
    text = "Oren Ballantyne, the governor's chief of staff, said the governor would sign the levy cap on Friday."
    assert [(name, kind) for name, kind, _ in profiles_of(nlp, text)] == [("Oren Ballantyne", "official")]


def test_calling_lawmakers_back_is_no_quote(nlp):
    text = "Gov. Hester Lindqvist called lawmakers back for a special session on school funding starting in March."
    assert quote_rows_of(nlp, text) == []


def test_calling_a_plan_a_failure_is_still_a_quote(nlp):
    text = "Gov. Hester Lindqvist called the funding plan a failure that would close rural schools."
    assert [row["speaker"] for row in quote_rows_of(nlp, text)] == ["Hester Lindqvist"]
