""" "The company said" several paragraphs after the only company of the article was named, with no other organisation
named since, is that company (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import profiles_of, said_by


def test_the_company_is_the_only_company_named_however_far_back(nlp):
    rows = said_by(
        nlp,
        "Shares in Brennock Foods fell 5 percent on Monday after a weak quarter.",
        "Sales of frozen meals dropped in the spring, hurt by a warm season.",
        "Prices of grain rose sharply across the region.",
        "The company said it would open two plants next year.",
    )
    assert rows == [("Brennock Foods", "it would open two plants next year")]


def test_the_groups_unit_two_paragraphs_after_an_untagged_company_spoke_is_that_company(nlp):
    # the recogniser tags no part of "Pendry Automotive" in its sentence: only a subject's capitalised words name it
    rows = profiles_of(
        nlp,
        "Pendry Automotive said on Monday that it would stop making diesel vans in Europe.",
        "Its chairman, Owen Marchbank, said in a letter to dealers that the decision had been hard.",
        "Priya Venkataraman, who runs the group's electric unit, said the new vans would be built in Leeds.",
    )
    assert rows[-1] == ("Priya Venkataraman", "other", "Pendry Automotive")
