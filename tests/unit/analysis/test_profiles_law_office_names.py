"""A firm named in the French manner, "Cabinet" and its partners' names ("Cabinet Tall Rocheteau"), is a firm, so its
partner is a lawyer (`other`), no official; a state's cabinet and its offices stay a state's
(quotes/law_office_names.py). Fictional text."""

from __future__ import annotations

from dashboard.analysis.quotes.organisations import organisation_type
from tests.quoting import profiles_of


def test_a_partner_at_a_cabinet_named_firm_is_a_lawyer(nlp):
    found = profiles_of(
        nlp,
        "Mamadou Tall-Berthier, a partner at the Abidjan law firm Cabinet Tall Rocheteau, said the port authority "
        "had broken the concession contract twice.",
    )
    assert ("Mamadou Tall-Berthier", "other", "Cabinet Tall Rocheteau") in found


def test_firms_called_cabinet_are_companies_and_state_cabinets_stay_states():
    assert organisation_type("Cabinet Tall Rocheteau") == "company"
    assert organisation_type("Cabinet Kone & Associés") == "company"
    for name in ("Cabinet", "the Cabinet", "Cabinet Office", "Cabinet Secretariat", "Cabinet of Ministers"):
        assert organisation_type(name) == "state", name
