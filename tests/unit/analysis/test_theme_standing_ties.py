"""Relations between states told through the standing bodies two states keep ("a joint commission"). Fictional texts on
the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_joint_commission_goes_on_with_a_border_deal(themes, nlp):
    found = article(
        themes,
        nlp,
        "Paraguay And Bolivia Reopen Chaco Crossing",
        [
            "Paraguay and Bolivia reopened their main crossing in the Chaco on Monday after their foreign ministers "
            "settled a dispute over fuel smuggling.",
            "Bolivia's foreign minister said the deal showed that neighbours could settle their differences by "
            "talking.",
            "A joint commission will sit every two months to keep the crossing open, officials said.",
        ],
    )
    assert "diplomacy" in found[2], found
