"""Trade told through a firm of one state at work in another, with no word of trade (themes/ventures.py): a firm
named by its nationality that builds, holds or wins work in a state its sentence names. A firm at home, a firm abroad
with no venture, a venture whose other state is only another firm's adjective, and a people's armed or lobby "group"
are none. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import load_themes
from dashboard.analysis.themes.ventures import venture_abroad
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Brazilian contractors have built four grain terminals in Angola since 2016.",
            "Brazilian contractor build Angola",
        ),
        (
            "Norway barred a Chinese firm on Monday from raising its stake in a salmon farm near Bergen.",
            "Chinese firm stake Norway",
        ),
        (
            "A Spanish company has won the contract to run the new metro line in Ecuador's capital.",
            "Spanish company contract Ecuador",
        ),
    ],
)
def test_a_firm_of_one_state_at_work_in_another_is_told(nlp, text, told):
    assert venture_abroad(nlp(text)) == told


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian contractors have built four stadiums in Brazil since 2016.",
        "A Chinese firm's engineers were flown out of Sudan on Sunday.",
        "A German group hopes to take a stake in the mill, with the French group Lavoie holding the rest.",
        "Local builders have put up two factories in Ghana this year.",
        "An Afghan armed group has built camps in Pakistan.",
    ],
)
def test_a_firm_at_home_without_a_venture_or_without_a_named_state_is_none(nlp, text):
    assert venture_abroad(nlp(text)) == ""


def test_a_firm_building_abroad_is_trade_in_a_story_about_a_visit(themes, nlp):
    found = article(
        themes,
        nlp,
        "Angolan President Begins Visit To Brazil",
        [
            "Angola's president arrived in Brasilia on Monday for a three-day state visit, his first since taking "
            "office.",
            "Brazilian contractors have built four grain terminals and a dam in Angola since 2016, and Luanda wants "
            "them back for a new railway in the south.",
        ],
    )
    assert "trade" in found[1]


def test_a_themes_file_without_venture_weight_counts_no_venture(tmp_path, nlp):
    path = tmp_path / "themes.toml"
    path.write_text('[building]\nthreshold = 2.0\n[building.terms]\n"dam" = 1.5\n', encoding="utf-8")
    (score,) = load_themes(path).score(nlp("Brazilian contractors have built a dam in Angola."))
    assert score.score == 1.5
    assert not any(term.startswith("venture:") for term in score.terms)
