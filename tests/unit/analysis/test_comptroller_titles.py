"""A comptroller, the officer who audits a city's or a state's books ("New York City Comptroller X", "State Comptroller
X", "the city comptroller, X"), holds public office and is an official, as an auditor or a treasurer of a government
is; a company's financial controller stays an executive. Fictional sentences on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from tests.quoting import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "New York City Comptroller Delphine Auster-Kahn said falling office values would cut property tax revenue.",
        "State Comptroller Delphine Auster-Kahn said the pension fund had lost money on office loans.",
        "Delphine Auster-Kahn, the city comptroller, said the audit found 40 million dollars of unpaid rent.",
        "The comptroller, Delphine Auster-Kahn, said the city would run a deficit next year.",
    ],
)
def test_a_comptroller_before_or_after_the_name_is_an_official(nlp, text):
    assert kind_of(nlp, "Delphine Auster-Kahn", text) == "official"


def test_a_companys_financial_controller_stays_an_executive(nlp):
    text = "Delphine Auster-Kahn, the financial controller of Hallbrook Foods, said sales had risen."
    assert kind_of(nlp, "Delphine Auster-Kahn", text) == "other"
