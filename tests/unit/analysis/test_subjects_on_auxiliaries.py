"""A subject the parser hung on the auxiliary of a cue's verb still speaks: "Cora Lund, who is … relishing her seat
and is arguing …" (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_who_hung_on_is_speaks_through_the_joined_cue(nlp):
    rows = said_by(
        nlp,
        "It could suit the younger Ms. Cora Lund, who is by every sign relishing her seat on the harbour board and is "
        "arguing the toll should be scrapped.",
    )
    assert rows == [("Cora Lund", "the toll should be scrapped")]
