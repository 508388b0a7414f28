"""The formulas that name officials and analysts, each filled with two or three countries or bodies
(profile_formulas.py): the second paragraph's quote must carry the expected speaker, kind, role and affiliation.
49 cells, 15 failing blind, 4 now; cells that still fail are marked xfail with the reason, strictly, so they turn
red once mended."""

from __future__ import annotations

import pytest

from .grid_cells import grid_params, second_paragraph_profiles
from .profile_formulas import cells

_PARTY = (
    "the code names a party by its members ('Republicans', 'Democrats'); the grid expected the party's name, which"
    " GUIDELINES.md does not fix either way"
)

STILL_FAILING: dict[str, str] = {
    "body_commissioner-1": (
        "the code keeps 'EU' as written (test_profiles.py fixes it so); the grid, after the brief, expected"
        " 'European Union'"
    ),
    "senator_party-1": _PARTY,
    "senator_party-2": _PARTY,
    "managing_director_of_consultants-1": (
        "'Fjord Analytics' is read as a company, so its managing director is an executive (other); GUIDELINES.md"
        " makes executives other and does not say that a consultancy's are experts"
    ),
}


@pytest.mark.parametrize("cell", grid_params(cells(), STILL_FAILING))
def test_the_formula_gives_the_profile(nlp, cell):
    assert second_paragraph_profiles(nlp, cell.paragraphs) == [cell.expected]


def test_a_member_of_a_central_bank_s_board_is_an_official_of_that_board(nlp):
    said = second_paragraph_profiles(
        nlp,
        (
            "The Bank of Estmark kept its main interest rate at four percent on Thursday.",
            "Ines Kalm, a member of the Bank of Estmark's executive board, said prices were rising too fast.",
        ),
    )
    assert said == [("Ines Kalm", "official", "member of the executive board", "Bank of Estmark")]


def test_a_unit_named_after_other_words_stays_out_of_the_role(nlp):
    said = second_paragraph_profiles(
        nlp,
        (
            "Harbor Re will sell its shipping arm next year.",
            "Tom Lind, a member of a team among Harbor Re's brokers, said the sale would take months.",
        ),
    )
    assert [role for _, _, role, _ in said] == ["member of a team"]


_MARKETS = "Bond prices rose on Monday as traders bet on lower interest rates."
_MARCH = "Police cleared the square in front of the town hall on Sunday evening."


@pytest.mark.parametrize(
    ("lede", "sentence", "role"),
    [
        pytest.param(
            _MARKETS,
            "Portfolio manager Edith Varga of Danube Asset Management said the rally would not last.",
            "portfolio manager",
            id="a role of markets opening the sentence is given in lower case",
        ),
        pytest.param(
            _MARKETS,
            "Finance Minister Edith Varga said the rally would not last.",
            "Finance Minister",
            id="a title opening the sentence keeps its capitals",
        ),
        pytest.param(
            _MARCH,
            "Police Commissioner Anton Rusk said the crowd had left peacefully.",
            "Police Commissioner",
            id="a department opening a title stays in the role",
        ),
    ],
)
def test_the_role_that_opens_the_sentence_is_given_whole(nlp, lede, sentence, role):
    said = second_paragraph_profiles(nlp, (lede, sentence))
    assert [given for _, _, given, _ in said] == [role]


def test_a_spokeswoman_for_a_force_named_by_its_noun_speaks_for_it(nlp):
    said = second_paragraph_profiles(
        nlp,
        (
            "Hundreds of people marched through the old town on Saturday against the new fuel tax.",
            "Mira Kovac, a spokeswoman for the police, said the march had passed off calmly.",
        ),
    )
    assert said == [("Mira Kovac", "official", "spokeswoman", "police")]
