"""Titles of clergy and religious before a name ("Deacon X", "Sister X", "Imam X", "Monsignor X") are no part of the
speaker's name, and the surname alone later is the same person."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize("title", ["Deacon", "Sister", "Imam", "Monsignor"])
def test_a_clergy_title_is_no_part_of_the_speakers_name(nlp, title):
    said = said_by(
        nlp,
        f"The chapel on Mill Road will close in June, {title} Ruth Anselm-Varga said on Sunday. “We will miss it "
        "more than we can say,” Anselm-Varga said.",
    )
    assert said == [
        ("Ruth Anselm-Varga", "The chapel on Mill Road will close in June"),
        ("Ruth Anselm-Varga", "“We will miss it more than we can say,”"),
    ]
