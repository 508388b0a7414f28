""" "Assemblywoman Dora Kettleby said …", "The proposal’s sponsor, Councilwoman Beatriz Quintero-Halm, says …": the
titles of American city councils, legislatures and town boards stand before a name and are no part of it (texts of
our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Assemblywoman Dora Kettleby said the bill would be amended in committee next week.", "Dora Kettleby"),
        ("Selectwoman Ivy Strathmore said the town would plow the side roads first.", "Ivy Strathmore"),
        (
            "The proposal’s sponsor, Councilwoman Beatriz Quintero-Halm, says shop owners who pay property taxes "
            "should not have to watch vans park at their curb.",
            "Beatriz Quintero-Halm",
        ),
    ],
)
def test_a_local_title_is_no_part_of_the_name(nlp, text, speaker):
    assert [name for name, _ in said_by(nlp, text)] == [speaker]
