"""Descriptions of an occupation the article never used of the person before ("the chef says" after "X spent nine
years cooking in other people’s kitchens"): the words of the person's work tie the description to them
(occupation_clues.py), but only when exactly one person named before fits; fictional features."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_chef_is_the_one_who_cooked_in_kitchens(nlp):
    rows = said_by(
        nlp,
        "A cook finds her room at last",
        "Marisol Dunthorpe-Vale spent eleven years cooking in hotel kitchens before she leased the old post office on "
        f"Kell Street. The sorting tables are still there. {L}I knew it the minute I saw the counters,{R} the chef "
        "says.",
    )
    assert [speaker for speaker, _ in rows] == ["Marisol Dunthorpe-Vale"]


def test_the_analyst_is_the_head_of_analysis_paragraphs_back(nlp):
    rows = said_by(
        nlp,
        "Delays in the queue have doubled since 2019, according to Bastian Holloway-Reese, the head of freight "
        "analysis at Corvell Research.",
        "Shippers are moving cargo to rail. Trucking firms have cut routes.",
        "Ports on the coast have added night shifts. Some have added cranes.",
        "The state plans a new rail yard near Tamsworth. It will open in 2028.",
        f"Corvell expects the delays to ease by 2027. {L}It helps. It is not enough,{R} the analyst says.",
    )
    assert rows[-1][0] == "Bastian Holloway-Reese"


def test_the_winemaker_is_the_owner_of_the_vineyard(nlp):
    rows = said_by(
        nlp,
        "HOLT VALLEY, Ore. — On the night of May 2, the frost at Margaret Pellworth’s vineyard lasted six hours. By "
        f"morning the shoots had turned black. {L}The buds crackle like paper,{R} the winemaker says.",
    )
    assert [speaker for speaker, _ in rows] == ["Margaret Pellworth"]


def test_a_grower_who_sells_to_wineries_is_no_winemaker(nlp):
    rows = said_by(
        nlp,
        "Tobias Ferrand-Ochoa farms 90 acres of grapes and sells most of them to wineries in the valley. He lit "
        "bonfires through the night.",
        f"The frost hit the flats hardest. {L}It was the worst in thirty years,{R} the winemaker says.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_two_people_who_fit_leave_the_description_unnamed(nlp):
    rows = said_by(
        nlp,
        "Ines Calloway-Root spent a decade cooking in Lyon. Otto Brenner-Saar, her business partner, ran a hotel "
        "kitchen in Geneva for six years.",
        f"The room seats forty. {L}We argued about the lights for a month,{R} the chef says.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_the_subject_of_the_sentence_before_is_the_occupation_that_speaks(nlp):
    """The work words of an occupation do not outvote the person the sentence right before is about."""
    rows = said_by(
        nlp,
        "Hundreds marched to the courthouse on Saturday.",
        "Ottilie Wrenshaw held up a sign asking for the clinic to stay open. The 61-year-old scientist says she has "
        "never marched before.",
    )
    assert [speaker for speaker, _ in rows] == ["Ottilie Wrenshaw"]
