"""Themes of a simile: people likened to diplomats or soldiers ("argued like real diplomats") are neither, so a
paragraph of a debate club gets no diplomacy from the likeness; diplomats who are there still count. Fictional texts on
the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.similes import similes
from tests.theming import article


def test_a_role_in_a_simile_is_no_diplomacy(nlp, themes):
    (praise,) = article(
        themes,
        nlp,
        "Debate team takes state title",
        [
            '"They bargained like seasoned diplomats and held their ground like real ambassadors," coach Ellen Marsh '
            "said of her four debaters."
        ],
    )
    assert "diplomacy" not in praise, praise


def test_diplomats_who_are_there_still_count(nlp, themes):
    (talks,) = article(
        themes,
        nlp,
        "Envoys meet in Geneva",
        ["Diplomats from Peru and Chile met in Geneva on Monday, like their ministers did in March."],
    )
    assert "diplomacy" in talks, talks


def test_only_like_before_a_role_is_a_simile(nlp):
    doc = nlp("They argued like real diplomats, in countries like Chile.")
    assert [doc[start:end].text for start, end in similes(doc)] == ["like real diplomats"]
