""" "The agency said" is any body that spoke or acted last, a world body or a state's as well as a company (fictional
text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_agency_is_the_world_body_that_spoke_not_a_company_named_since(nlp):
    rows = said_by(
        nlp,
        "A convoy of 20 trucks carrying rice has been held at a border post for a week, the UN Rice Programme said "
        "on Tuesday.",
        "Government spokesman Amos Keita said the papers were not in order.",
        "Most of the trucks belong to Tamsin Haulage, a firm based in the capital.",
        "The agency said it had enough food in the region to last until August.",
    )
    assert ("UN Rice Programme", "it had enough food in the region to last until August") in rows


def test_the_company_is_still_no_public_body(nlp):
    rows = said_by(
        nlp,
        "Brask Foods said on Monday it would close a plant in Tolvik.",
        "The Tolvik Labour Agency said it would help the workers find jobs.",
        "Sales at the plant fell by a third last year.",
        "The company said the workers would get six months' pay.",
    )
    assert ("Brask Foods", "the workers would get six months' pay") in rows
