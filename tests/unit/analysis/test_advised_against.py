"""A body that "advised" people "against" something said so, as one that "warned against" it did (texts of our
own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_ministry_that_advised_its_citizens_against_travel_is_a_quote(nlp):
    rows = said_by(
        nlp,
        "Norway’s foreign ministry said its consulate in Lagos was open. It advised Norwegians against all travel to "
        "the coastal creeks.",
    )
    assert [speaker for speaker, quote in rows if "against all travel" in quote] == ["Norway’s foreign ministry"]
