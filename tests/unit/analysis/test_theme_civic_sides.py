"""The sides of a contest for a company (rival bidders, its shareholders) and the associations of a town's people are
sides inside one state: the "peace treaty" they sign and the "summit" they hold are no relations between states, as
the talks of a union and its employers are none. A treaty between two states keeps its diplomacy when a growers'
association or a bidder is named beside them. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.domestic import domestic_sides
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            'Homeowners\' associations on both banks of the Mill Brook signed what they called a "peace treaty" over '
            "the footbridge on Sunday.",
            "homeowners' associations",
        ),
        (
            "The settlement is a peace treaty between the two bidders, said a fund manager who holds the shares.",
            "bidders",
        ),
        (
            "The largest shareholders will meet at an investor summit in Harwich on Friday to vote on the offer.",
            "shareholders",
        ),
    ],
)
def test_bidders_shareholders_and_residents_associations_are_sides_inside_one_state(nlp, text, side):
    assert domestic_sides(nlp(text)) == side


def test_an_association_agreement_between_states_names_no_side_inside_one_state(nlp):
    assert domestic_sides(nlp("The association agreement with the bloc takes effect in May.")) == ""


def test_the_peace_treaty_and_summit_of_a_contest_for_a_company_are_no_diplomacy(nlp, themes):
    found = article(
        themes,
        nlp,
        "Rival bidders for Tessly join forces",
        [
            "Marrow Holdings and Pike Capital ended their contest for the kitchenware maker Tessly on Monday with a "
            "joint offer of 12 crowns a share.",
            '"It is a peace treaty between two bidders, nothing more," said a portfolio manager whose fund holds 3 '
            "percent of Tessly.",
            "Tessly's shareholders will meet at what the board called an investor summit next week to weigh the offer.",
        ],
    )
    assert all("diplomacy" not in labels for labels in found), found


def test_residents_associations_peace_treaty_is_no_diplomacy(nlp, themes):
    (found,) = article(
        themes,
        nlp,
        "Neighbours settle footbridge row",
        [
            'Homeowners\' associations on both banks of the Mill Brook have signed what they call a "peace treaty" '
            "ending a long dispute over the footbridge: each side mows the verge in alternate weeks."
        ],
    )
    assert "diplomacy" not in found


def test_a_treaty_between_two_states_stays_diplomacy_beside_a_growers_association(nlp, themes):
    (found,) = article(
        themes,
        nlp,
        "Chile and Peru sign water treaty",
        [
            "Chile and Peru signed a treaty on the shared river on Friday, which the growers' association of the "
            "valley welcomed."
        ],
    )
    assert "diplomacy" in found
