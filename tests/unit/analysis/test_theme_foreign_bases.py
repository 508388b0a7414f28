"""A state's bases abroad told as kept or maintained there, or as foreign bases, are military, as "have bases in"
already was. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import labels
from tests.theming import article


def test_foreign_bases_are_military(themes, nlp):
    text = "The new government in Port Louis wants the foreign bases on the islands closed within five years."
    assert "military" in labels(themes.score(nlp(text)))


def test_bases_kept_abroad_go_on_with_a_strike(themes, nlp):
    found = article(
        themes,
        nlp,
        "Rocket Hits Port In Gulf Of Aden",
        [
            "A rocket struck a fuel depot in the port of Berbera on Tuesday, killing three workers, officials said.",
            "Several foreign powers maintain bases in the region, and none commented on the strike.",
        ],
    )
    assert "military" in found[1], found
