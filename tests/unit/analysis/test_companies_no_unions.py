""" "The company" is no union (body_phrases, named_last, institutions): a union that spoke or was named last is no
body anyone calls a company, so "The company says" after a union local spoke is the company named before."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_company_after_a_union_spoke_is_the_company(nlp):
    said = said_by(
        nlp,
        "Drivers at Dunmore Freight Ltd. walked off the job on Monday. Transport Workers Local 77 says the carrier "
        "wants to contract out its warehouse jobs.",
        "Dunmore Freight spokesperson Aline Coté said the offer was fair and generous. The company says the strike "
        "will delay deliveries to stores across the region.",
    )
    assert ("Dunmore Freight Ltd.", "the strike will delay deliveries to stores across the region") in said
    assert ("Transport Workers Local 77", "the strike will delay deliveries to stores across the region") not in said
