""" "The company said" several paragraphs after the only company of the article was named, with no other organisation
named since, is that company (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_company_is_the_only_company_named_however_far_back(nlp):
    rows = said_by(
        nlp,
        "Shares in Brennock Foods fell 5 percent on Monday after a weak quarter.",
        "Sales of frozen meals dropped in the spring, hurt by a warm season.",
        "Prices of grain rose sharply across the region.",
        "The company said it would open two plants next year.",
    )
    assert rows == [("Brennock Foods", "it would open two plants next year")]
