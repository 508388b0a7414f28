"""Themes of the mends after the fifty-first probe batch (opinion pages on foreign affairs): an invasion told by its
armour ("tanks crossed into"), a ceasefire told as the guns falling silent, and a bargain struck through back channels
as talks. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_tanks_that_cross_into_a_neighbour_are_an_invasion(nlp, themes):
    (invaded,) = article(
        themes,
        nlp,
        "Our view: bread prices in Morvania",
        [
            "Three years after Morvanian tanks crossed into the neighbouring republic, the price of bread in its "
            "capital has doubled."
        ],
    )
    assert "military" in invaded, invaded


def test_a_think_tank_that_rolls_out_an_index_is_no_armour(nlp, themes):
    (index,) = article(
        themes,
        nlp,
        "Press freedom index published",
        ["A think tank in Caldrin rolled out its annual index of press freedom on Monday, ranking 140 newspapers."],
    )
    assert "military" not in index, index


def test_guns_falling_silent_are_a_ceasefire(nlp, themes):
    _, silent = article(
        themes,
        nlp,
        "Letter from the valley",
        [
            "I grew up in a village on the Rezna, where the front line ran past my grandmother's orchard.",
            "Then, one morning last spring, the guns fell silent, and for the first time in two years the children "
            "walked to school along the river road.",
        ],
    )
    assert "military" in silent, silent


def test_a_bargain_struck_through_back_channels_is_talks(nlp, themes):
    _, bargain = article(
        themes,
        nlp,
        "Our view: Ostria and Pellamark should talk again",
        [
            "The fishing quarrel between Ostria and Pellamark has frozen relations between the two neighbours for a "
            "year, and neither foreign minister will take the other's calls.",
            "We have seen this before. In 1974 a quarrel over the same grounds came close to a break, and it was "
            "settled not by gunboats but by a quiet bargain struck in back-channel talks.",
        ],
    )
    assert "diplomacy" in bargain, bargain
