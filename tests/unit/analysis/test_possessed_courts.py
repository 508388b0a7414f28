"""A state's court or tribunal the recogniser tags apart from the country written before it with a possessive
("Madagascar's" + "High Constitutional Court", "Bolivia's" + "Supreme Electoral Tribunal") speaks under the name with
its country, as a state's department does ("Thailand's" + "Excise Department"). A court with no possessive before it
keeps its name as it was, and so does one whose owner is no country. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Madagascar's High Constitutional Court said on Friday that the complaints of fraud were not backed by "
            "evidence.",
            "Madagascar's High Constitutional Court",
        ),
        (
            "Bolivia's Supreme Electoral Tribunal said the pause in the count had been caused by a failure of its "
            "servers.",
            "Bolivia's Supreme Electoral Tribunal",
        ),
        (
            "Peru's Constitutional Tribunal said on Tuesday that the decree breached the separation of powers.",
            "Peru's Constitutional Tribunal",
        ),
        (
            "Kenya's Supreme Court said the commission had failed to verify the tallies before announcing them.",
            "Kenya's Supreme Court",
        ),
    ],
)
def test_a_court_takes_the_country_before_it(nlp, text, body):
    assert profiles_of(nlp, text)[0][:2] == (body, "institution")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The High Constitutional Court said on Friday that the ruling could not be appealed.",
            "High Constitutional Court",
        ),
        ("The U.S. Supreme Court said on Monday it would hear the case in the autumn.", "U.S. Supreme Court"),
    ],
)
def test_other_courts_keep_their_names(nlp, text, body):
    assert profiles_of(nlp, text)[0][:2] == (body, "institution")
