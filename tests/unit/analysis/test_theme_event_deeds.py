"""An event between states told through its deeds (see `themes.events`): once a title or a lead names an event of a
theme that the lead carries, a paragraph that refers back to the event ("the sale") or its participants ("The men",
"The guns") goes on with the theme; with no event named, or with the event only a verb, nothing goes on. Fictional
texts on the real spaCy pipeline with the shipped themes file, and a user's own theme."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels, load_themes
from dashboard.themes_file import ThemesError
from tests.theming import article

SWAP = [
    "Veloria and Carstan exchanged six prisoners on Monday in a swap brokered by the foreign ministers of both "
    "countries, ending a dispute that had frozen relations for two years.",
    "The men walked across the river bridge at noon, watched by officials of the Red Cross.",
]
ARMS = [
    "Carstan's parliament voted on Tuesday to allow the sale of 40 armoured vehicles and spare howitzers to the army "
    "of Veloria, its first arms export in a decade.",
    "The upper chamber had backed the sale by 61 votes to 40 in June.",
    "The howitzers, built in a plant near the northern city of Orvik, are to guard the border dams.",
]


def test_the_participants_of_an_exchange_go_on_with_its_diplomacy(themes, nlp):
    found = article(themes, nlp, "Veloria And Carstan Swap Prisoners At Border", SWAP)
    assert "diplomacy" in found[0]
    assert "diplomacy" in found[1]


def test_the_same_men_in_a_story_that_names_no_event_go_on_with_nothing(themes, nlp):
    found = article(
        themes,
        nlp,
        "Veloria And Carstan Foreign Ministers Meet",
        [
            "The foreign ministers of Veloria and Carstan met in Geneva on Monday to discuss a dispute that had "
            "frozen relations between the two countries for two years.",
            SWAP[1],
        ],
    )
    assert "diplomacy" in found[0]
    assert "diplomacy" not in found[1]


def test_an_arms_sale_goes_on_through_its_votes_and_its_goods(themes, nlp):
    found = article(themes, nlp, "Carstan Parliament Clears Sale Of Howitzers To Veloria", ARMS)
    assert "military" in found[0]
    assert "military" in found[1]  # "the sale"
    assert "military" in found[2]  # "The howitzers", goods of the lead


def test_an_event_named_only_as_a_verb_is_no_event(themes, nlp):
    found = article(
        themes,
        nlp,
        "Memo Was Released By Veloria's Archive",
        [
            "A memo written as Carstan's tanks crossed into Veloria in 1994 was released by the national archive on "
            "Monday, showing the army knew of the attack a week before.",
            "The memo was sent to three members of the cabinet and to the chief of the general staff's office.",
        ],
    )
    assert "military" in found[0]
    assert "diplomacy" not in found[1]


ENERGY = """
[energy]
threshold = 2.0
{events}
[energy.terms]
"wind farm" = 2.0
"turbine" = 1.0
"grid" = 1.0
"""
FARM = [
    "A wind farm of 80 turbines off the coast of Orvik began feeding the grid on Monday, its builders said.",
    "The builders shipped the steel towers from a yard in Esbjerg over two summers.",
]


@pytest.mark.parametrize(("events", "continued"), [('events = ["farm"]\n', True), ("", False)])
def test_a_users_own_theme_goes_on_with_its_own_events(tmp_path, nlp, events, continued):
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY.format(events=events), encoding="utf-8")
    themes = load_themes(path)
    scores = themes.score_article([nlp(t) for t in FARM], ["", ""], "Wind Farm Opens Off Orvik")
    assert labels(scores[0]) == ["energy"]
    assert ("energy" in labels(scores[1])) is continued
    if continued:
        assert scores[1][0].explained().endswith("context: event: the builders")


def test_malformed_events_are_named_with_the_reason(tmp_path):
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY.format(events="events = 3\n"), encoding="utf-8")
    with pytest.raises(ThemesError, match="`events` must be a list"):
        load_themes(path)
