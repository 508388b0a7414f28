"""A leader or minister named by a bare title in a story about several states serves the state whose capital the
cue is placed in ("told supporters in Lusaka", "told a news conference in Hanoi"), when the lede names that state; a
capital the lede's states do not include, or one inside what was said, gives no state. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_LEDE = "Zambia and Malawi agreed on Monday to share the cost of a new bridge over the Luangwa river."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (_LEDE, "President Tembo Mwaanga told supporters in Lusaka that the bridge would open in two years."),
            ("Tembo Mwaanga", "official", "Zambia"),
        ),
        (
            (
                "Rice prices in Senegal and the Philippines jumped this week after Vietnam suspended exports.",
                "Trade Minister Dao Minh Quan told a news conference in Hanoi that the ban would be lifted soon.",
            ),
            ("Dao Minh Quan", "official", "Vietnam"),
        ),
    ],
)
def test_a_bare_title_takes_the_state_of_the_capital_its_cue_is_placed_in(nlp, paragraphs, expected):
    assert profiles_of(nlp, *paragraphs) == [expected]


@pytest.mark.parametrize(
    "second",
    [
        "President Tembo Mwaanga told reporters in Nairobi that the bridge would open in two years.",
        "President Tembo Mwaanga said the deal would pay for a new college in Lusaka.",
    ],
)
def test_a_capital_of_no_state_of_the_lede_or_inside_what_was_said_gives_none(nlp, second):
    assert profiles_of(nlp, _LEDE, second) == [("Tembo Mwaanga", "official", "")]
