"""An ombudsman's office named as such ("Lending Ombudsman Service", "the Pensions Ombudsman") is a public body, so its
ombudsmen are officials, while a broadcaster's own ombudsman stays the broadcaster's; a legislature's subcommittee named
by its head word before its chair's name ("Subcommittee Chairman X") is a public body as a committee is, and so is a
committee named "Committee on" a field. Fictional texts of our own."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import organisation_type
from tests.quoting import profiles_of


@pytest.mark.parametrize(
    "name",
    ["Lending Ombudsman Service", "Financial Ombudsman Service", "Wenlow Pensions Ombudsman", "Subcommittee"],
)
def test_an_ombudsmans_office_and_a_subcommittee_are_state_bodies(name):
    assert organisation_type(name) == "state"


def test_the_chief_ombudsman_of_an_ombudsman_service_is_an_official(nlp):
    rows = profiles_of(
        nlp,
        "Harriet Lomax, the chief ombudsman at the Energy Ombudsman Service, which settles disputes between suppliers "
        "and their customers, said complaints about back-billing had doubled in a year.",
    )
    assert rows == [("Harriet Lomax", "official", "Energy Ombudsman Service")]


def test_an_ombudsman_service_speaks_as_itself(nlp):
    rows = profiles_of(nlp, "The Telecoms Ombudsman Service said it had upheld 61% of the complaints it received.")
    assert rows == [("Telecoms Ombudsman Service", "institution", "")]


def test_a_subcommittee_chairman_named_by_his_title_is_an_official(nlp):
    rows = profiles_of(
        nlp,
        "The House Subcommittee on Rural Lending held its first hearing on farm credit on Tuesday.",
        "Subcommittee Chairman Everett Lusk, a Republican from Nebraska, said lenders had cut credit lines to "
        "hundreds of grain farmers.",
    )
    assert [(speaker, kind) for speaker, kind, _ in rows] == [("Everett Lusk", "official")]


def test_the_chairman_of_a_committee_on_a_field_is_an_official(nlp):
    """A committee's head word before "on" names a public body, whatever field follows ("Rural Lending" no lender)."""
    rows = profiles_of(
        nlp,
        "The House Committee on Rural Lending held its first hearing on farm credit on Tuesday.",
        "The committee's chairman, Everett Lusk, said lenders had cut credit lines to hundreds of grain farmers.",
    )
    assert rows == [("Everett Lusk", "official", "House Committee on Rural Lending")]
