"""Themes of one state's coast guard turning force on another state's boats ("A Chinese coast guard ship fired its
water cannon at three Filipino fishing boats"), a pattern the eighty-second blind batch got wrong (the lead of a
ramming at a disputed shoal missed diplomacy): the boats stand for their state, so the paragraph tells a quarrel between
states (see themes/force_at_sea.py); and the near-misses that tell none (a coast guard chasing smugglers of no state,
one rescuing another state's fishermen, one ramming its own state's boat). Fictional texts on the real spaCy pipeline
with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.force_at_sea import forced_at_sea
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A Chinese coast guard ship fired its water cannon at three Filipino fishing boats near the shoal on "
            "Saturday and rammed one of them, breaking its outrigger.",
            "force at sea: Chinese fire Filipino",
        ),
        (
            "China's coast guard rammed a Philippine supply boat near the reef on Tuesday, leaving a hole in its hull.",
            "force at sea: China ram Philippine",
        ),
        (
            "Two Japanese coast guard cutters chased Taiwanese trawlers away from the islands on Friday after they "
            "crossed the line.",
            "force at sea: Japanese chase Taiwanese",
        ),
        (
            "A Vietnamese coast guard vessel blocked two Chinese fishing boats at the mouth of the gulf for six hours.",
            "force at sea: Vietnamese block Chinese",
        ),
    ],
)
def test_a_coast_guards_force_on_another_states_boats_is_read(nlp, text, found):
    assert forced_at_sea(nlp(text)) == found


@pytest.mark.parametrize(
    ("title", "texts"),
    [
        (
            "Coast guard ship rams fishing boats near shoal",
            [
                "A Chinese coast guard ship fired its water cannon at three Filipino fishing boats near the shoal on "
                "Saturday and rammed one of them, breaking its outrigger and injuring a fisherman.",
                "The foreign ministry in Manila said it would protest to Beijing, and the fisherman was taken to "
                "hospital with a broken arm.",
            ],
        ),
        (
            "Supply boat holed near reef",
            [
                "China's coast guard rammed a Philippine supply boat near the reef on Tuesday, leaving a hole in its "
                "hull, the navy said.",
                "Manila summoned the Chinese ambassador on Wednesday, its foreign ministry said.",
            ],
        ),
    ],
)
def test_the_lead_of_a_coast_guards_force_takes_diplomacy(themes, nlp, title, texts):
    found = article(themes, nlp, title, texts)
    assert "diplomacy" in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian coast guard chased a speedboat carrying smuggled cigarettes into a mangrove creek on Friday "
        "and arrested its two crew.",
        "The Japanese coast guard rescued 12 Chinese fishermen from a sinking trawler off the coast on Sunday.",
        "A Chinese coast guard ship rammed a Chinese fishing boat that was fishing in the closed season, state media "
        "said.",
    ],
)
def test_a_coast_guard_with_no_other_state_tells_no_quarrel(themes, nlp, text):
    assert forced_at_sea(nlp(text)) == ""
    found = article(themes, nlp, "Boats hit at sea", [text])
    assert "diplomacy" not in found[0], found
