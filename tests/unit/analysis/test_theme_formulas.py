"""The grid of standard theme formulas (theme_formulas.py): the target paragraph of each cell must get the themes its
labels require and none they leave out, the article read whole as the pipeline does. First wave: 70 cells (27 formulas
in a themed and an unrelated article, 8 look-alikes in two unrelated ones), 5 failing blind, 1 after its mends. Second
wave (a second wording of each formula, 6 more look-alikes): 66 cells, 12 failing blind, 9 after its mends, 5 since
levies on a people's goods, such goods beside a word of trade and heads named by title and nationality count, 4
since a state's lower-case "prime minister" tagged as a name is its voice (themes/state_voices.py).
Cells that still fail are marked xfail with the reason, strictly, so they turn red once mended."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels
from tests.theming import article
from tests.unit.analysis.theme_probes import NAMES

from .grid_cells import grid_params
from .theme_formulas import TARGET, cells

STILL_FAILING: dict[str, str] = {
    "sanctions_announced-sport": (
        "sanctions one state announces on another's company and officials get trade but not diplomacy outside a"
        " diplomacy story; no rule made, as the dev gold itself labels two of three paragraphs of sanctions against a"
        " state trade alone"
    ),
    "detained_citizen_2-health": (
        "a national held abroad with no state acting ('held in Algeria without charge, her family said') adds the"
        " acting weight alone, no label without the context of a story of relations"
    ),
    "treaty_ratified_2-court": (
        "'Lawmakers in Santiago' is where the vote was, not a party: the treaty with one named state reaches 2.0;"
        " 'treaty with' strong enough alone would be the only diplomacy term that labels on its own"
    ),
    "ceasefire_broken_2-sport": (
        "'Both sides accused each other of breaking the truce' names no armed side; in a sports story the sides may"
        " be teams or fans"
    ),
    "trade_surplus_2-health": (
        "a surplus told as selling more 'to the rest of the world' than a state bought: 'surplus' and 'euro' reach 1.5"
    ),
}


@pytest.mark.parametrize("cell", grid_params(cells(), STILL_FAILING))
def test_the_formula_gets_its_themes(themes, nlp, cell):
    scores = themes.score_article([nlp(t) for t in cell.paragraphs], [""] * len(cell.paragraphs), cell.title)
    got = set(labels(scores[TARGET]))
    gold = {NAMES[c] for c in cell.gold}
    allowed = gold | {NAMES[c] for c in cell.optional}
    assert (gold - got) | (got - allowed) == set(), (cell.paragraphs[TARGET], got)


def test_a_pronoun_after_a_body_that_is_no_state_acts_on_no_state(themes, nlp):
    story = [
        "LEEDS - Riverside's owners met supporters' groups on Monday after a run of six defeats.",
        "The owners said they stood with the manager and would not bow to pressure from the stands.",
    ]
    assert "diplomacy" not in article(themes, nlp, "Owners Back Riverside Manager", story)[1]


@pytest.mark.parametrize(
    ("theme", "title", "story"),
    [
        pytest.param(
            "trade",
            "Hospitals To Hire More Nurses",
            [
                "OSLO - The city's hospitals will hire two hundred nurses next year, the health board said on Tuesday.",
                "Families will pay more for sofas once new levies on Italian furniture come in next month.",
                "A proposed ban on Syrian refugees drew protests outside the town hall.",
            ],
            id="a levy on goods named by a people is trade, a ban on people is not",
        ),
        pytest.param(
            "diplomacy",
            "Rain Fails To Dampen Cup Final Build-Up",
            [
                "ACCRA - The national football team trained in heavy rain on Monday ahead of the cup final.",
                "The Kenyan president phoned the Ghanaian president to wish the squad luck, the team's press officer"
                " said.",
                "The former Kenyan president watched from the stands with the Ghanaian president of the football"
                " federation.",
            ],
            id="heads of two states by title and nationality are diplomacy, a former head and a federation's not",
        ),
        pytest.param(
            "trade",
            "Marathon Route Changed After Roadworks",
            [
                "BERGEN - The city marathon will follow a new route this year because of roadworks, organisers said.",
                "Customs officers at the border have turned back six lorries of Turkish furniture since Friday.",
                "Runners will be handed a Danish pastry at the finish, and the fastest will win a bicycle.",
            ],
            id="goods named by a people beside a word of trade are trade, without one they are not",
        ),
    ],
)
def test_the_formula_labels_its_paragraph_and_not_the_look_alike_after_it(themes, nlp, theme, title, story):
    found = article(themes, nlp, title, story)
    assert theme in found[1]
    assert theme not in found[2]
