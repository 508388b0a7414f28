"""An actuary is an expert, like an economist ("X, an actuary at Y"), and an actuarial firm is a consultancy, whose
principals and partners speak as its experts while its chief executive stays `other` (quotes/kinds.py,
quotes/organisations.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_consulting_actuary_is_an_analyst(nlp):
    found = profiles_of(nlp, "Nadia Pell, a consulting actuary at Brookvale Partners, said the fund assumed too much.")
    assert ("Nadia Pell", "analyst", "Brookvale Partners") in found


def test_a_principal_of_an_actuarial_firm_is_an_analyst(nlp):
    found = profiles_of(nlp, "Owen Tarrant, a principal at Hollis Actuarial Group, said the plan was underfunded.")
    assert ("Owen Tarrant", "analyst", "Hollis Actuarial Group") in found


def test_the_chief_executive_of_an_actuarial_firm_stays_other(nlp):
    found = profiles_of(nlp, "Owen Tarrant, chief executive of Hollis Actuarial Group, said revenue rose 8%.")
    assert ("Owen Tarrant", "other", "Hollis Actuarial Group") in found
