"""A quotation alone in its paragraph, the next opening "That is how X, <a long apposition>, describes …": X said it,
even when the apposition leads the parser to take one of its nouns for a verb (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_that_is_how_a_name_with_an_apposition_the_parser_loses_describes_it_names_the_quotation_before(nlp):
    rows = said_by(
        nlp,
        f"{L}You don’t think about the swell once you’re off the slip. You think about the wheelhouse.{R}",
        "That is how Odile Brisson, coxswain of the Grand Manan lifeboat of the Coastal Rescue Society, describes "
        "the first crossing after a storm.",
    )
    assert [speaker for speaker, _ in rows] == ["Odile Brisson"]
