"""The two states of a story named as a pair later in it ("both countries", "villagers on both sides"): such a
paragraph goes on with the diplomacy its lead carries, unless another theme labels it or something in it speaks
against diplomacy, on the real spaCy pipeline with the shipped themes file. The articles are fictional."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import ThemesError, load_themes
from tests.theming import article

TITLE = "Peru And Ecuador Begin Marking Their Frontier"
LEAD = (
    "Peru and Ecuador began marking a 60-km stretch of their frontier with concrete posts on Monday under a border "
    "treaty their foreign ministers signed in Quito last year, officials said."
)
#: Paragraphs with no theme of their own, so the article's profile stays too weak to lift a paragraph by itself.
DETAILS = [
    "The posts are painted white and set 500 metres apart.",
    "Engineers expect to finish the work before the rainy season.",
]


def story(themes, nlp, paragraphs: list[str], title: str = TITLE, lead: str = LEAD) -> list[list[str]]:
    """The labels of the lead and of `paragraphs`, read after the lead and the story's details."""
    found = article(themes, nlp, title, [lead, *DETAILS, *paragraphs])
    return [found[0], *found[1 + len(DETAILS) :]]


@pytest.mark.parametrize(
    "text",
    [
        "The parliaments of both countries must still approve the final map.",
        "Farmers on both sides fear they will lose access to the springs.",
        "Until then, each side will keep its own line on its maps.",
    ],
)
def test_a_pair_of_the_leads_states_goes_on_with_its_diplomacy(themes, nlp, text):
    found = story(themes, nlp, [text])
    assert "diplomacy" in found[0]
    assert "diplomacy" in found[1], found[1]


def test_a_pair_in_a_paragraph_of_another_theme_or_of_police_keeps_its_verdict(themes, nlp):
    found = story(
        themes,
        nlp,
        [
            "Trade between the two countries rose by a tenth last year, to $3 billion.",
            "Police on both sides arrested smugglers who had moved fuel along the old tracks.",
        ],
    )
    assert found[1] == ["trade"]
    assert "diplomacy" not in found[2]


def test_a_pair_after_a_lead_without_diplomacy_carries_nothing(themes, nlp):
    lead = "A landslide buried a mountain road near the border on Monday, killing four drivers, officials said."
    found = story(themes, nlp, ["Drivers on both sides of the slide waited for hours."], "Landslide Buries Road", lead)
    assert "diplomacy" not in found[1]


def test_pairs_must_be_terms_of_their_theme_and_a_theme_without_them_still_loads(tmp_path):
    path = tmp_path / "themes.toml"
    path.write_text('[energy]\nthreshold = 1\npairs = ["both grids"]\nterms = { grid = 1.0 }\n', encoding="utf-8")
    with pytest.raises(ThemesError, match="not terms of the theme"):
        load_themes(path)
    path.write_text('[energy]\nthreshold = 1\nterms = { grid = 1.0, "both grids" = 1.0 }\n', encoding="utf-8")
    assert load_themes(path).themes[0].pairs == frozenset()
