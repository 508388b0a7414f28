"""A description in lower case that the tagger took for a name ("the skipper said", "says the veterinarian") is a
common noun all the same: the rules that tie a description to the person named before read it as one (determiners
.common_noun; texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

_LEDE = (
    "Kestrow captain Tobias Wrenfield-Ames has backed his bowlers to hit back after Dunmarrow piled on 431 on the "
    "second day of the second Test, saying his side were {L}one good morning away{R} from being back in the match."
)


@pytest.mark.parametrize(
    "then",
    [
        "The 29-year-old, who dropped Dunmarrow opener Felix Pellinger on 11 before he went on to make 140, took the "
        f"blame for the miss. {L}That one is on me. You drop a man like that and he makes you pay all day,{R} the "
        "skipper said at stumps.",
        "The 29-year-old, who dropped Dunmarrow opener Felix Pellinger on 11 before he went on to make 140, took the "
        f"blame for the miss. {L}That one is on me. You drop a man like that and he makes you pay all day,{R} the "
        "skipper said.",
    ],
)
def test_the_skipper_tagged_as_a_name_is_the_captain_of_the_lede(nlp, then):
    rows = said_by(nlp, _LEDE.format(L=L, R=R), then)
    assert ("Tobias Wrenfield-Ames", rows[-1][1]) == rows[-1]
    assert "That one is on me" in rows[-1][1]


def test_the_skipper_with_no_captain_in_the_story_stays_unnamed(nlp):
    """No one of the story was called a captain: the description stays unnamed, as the guidelines say."""
    rows = said_by(
        nlp,
        "Dunmarrow piled on 431 on the second day of the second Test, with Felix Pellinger making 140.",
        "Kestrow dropped him on 11 and paid for it all day. "
        f"{L}That one is on us. You drop a man like that and he makes you pay all day,{R} the skipper said at stumps.",
    )
    assert rows[-1][0] == ""
