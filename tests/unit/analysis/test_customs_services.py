"""A customs service named by the state whose borders it keeps ("Singapore Customs", "Malaysian Customs", "Korea
Customs Service") is a state's body: its director-general, named after "The agency's" or "Its", holds a public office
and works there (quotes/customs_services.py). A firm that only calls itself "Customs" names no state. Fictional
people; real kinds of bodies."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.organisations import COMPANY, STATE, organisation_type
from tests.quoting import profiles_of


@pytest.mark.parametrize(
    "name",
    [
        "Singapore Customs",
        "Hong Kong Customs",
        "Malaysian Customs",
        "Korea Customs Service",
        "U.S. Customs and Border Protection",
        "HM Revenue and Customs",
    ],
)
def test_a_customs_service_named_by_its_state_is_a_state_body(name):
    assert organisation_type(name) == STATE


@pytest.mark.parametrize("name", ["West Coast Customs", "Tollvik Customs"])
def test_a_firm_called_customs_is_no_state_body(name):
    assert organisation_type(name) == COMPANY


@pytest.mark.parametrize("owner", ["The agency's", "Its"])
def test_the_director_general_of_a_customs_service_is_an_official_of_it(nlp, owner):
    rows = profiles_of(
        nlp,
        "SINGAPORE, Oct 2 (Reuters) - Singapore Customs said on Thursday it had charged three men with lying about "
        "where a shipment of servers was going.",
        f"{owner} director-general, Kwek Hui Shan, said the servers had been declared as bound for Malaysia.",
    )
    assert ("Kwek Hui Shan", "official", "Singapore Customs") in rows
