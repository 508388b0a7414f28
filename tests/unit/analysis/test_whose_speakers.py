""" " … made by X, whose chief executive, Y, said …": the cue is the verb of the relative clause, Y is who spoke, X's
officer, and what Y said follows the cue (real pipeline, fictional texts)."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of


def test_the_name_beside_a_role_whose_owns_spoke_for_the_company_named_before_it(nlp):
    (row,) = quote_rows_of(
        nlp,
        "The vaccine, Respira, is made by the Oslo company Nordgen Pharma, whose founder and chief executive, "
        "Tomas Grieg, said the company would sell it at cost.",
    )
    assert (row["speaker"], row["speaker_kind"], row["affiliation"]) == ("Tomas Grieg", "other", "Nordgen Pharma")
    assert row["quote"].startswith("the company would sell it")


@pytest.mark.parametrize("company", ["Halvard Pharmaceuticals", "Halvard Vaccines Ltd"])
def test_the_name_hung_beside_the_role_on_the_company_spoke(nlp, company):
    (row,) = quote_rows_of(
        nlp,
        f"The vaccine, Respira, is made by the Oslo company {company}, whose founder and chief executive, "
        "Tomas Grieg, said the company would sell it at cost.",
    )
    assert row["speaker"] == "Tomas Grieg"
    assert row["quote"].startswith("the company would sell it")
