"""What was said after a setting stops at the cue's own second clause (setting_conjuncts): "X said in a release that
…, and its economist, Y, said “…”" is two quotes, X's and Y's, not one of X's that swallows Y's."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_second_cue_joined_after_a_release_is_its_own_quote(nlp):
    said = said_by(
        nlp,
        "The Prairie Growers Council said in a release that canola prices had fallen for a fifth month, and its "
        "policy director, Amrit Dhillon, said the drop “will push some young farmers out of the business.”",
    )
    assert said == [
        ("Prairie Growers Council", "canola prices had fallen for a fifth month"),
        ("Amrit Dhillon", "“will push some young farmers out of the business.”"),
    ]
