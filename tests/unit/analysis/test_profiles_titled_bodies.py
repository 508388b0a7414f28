"""A title before a name serves the body that acted just before when it is of the kind the title serves (a governor a
central bank, a commissioner a commission), a portfolio after a state's name is no organisation ("EU Trade
Commissioner" serves the EU), and "the department" is the state body that spoke though its name lacks the word.
Fictional bodies and people throughout; each case is (paragraphs, (speaker, kind, affiliation) of each quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The European Commission fined Valtro Chips 300 million euros on Wednesday for abusing its market "
                "position.",
                '"Valtro shut rivals out of the market for years," Competition Commissioner Lena Marsh said.',
            ),
            [("Lena Marsh", "official", "European Commission")],
        ),
        (
            (
                "The Central Bank of Norland raised its main rate by half a point to 4.5 percent on Thursday.",
                '"Inflation is too high and we will act," said Governor Piet Olsen.',
            ),
            [("Piet Olsen", "official", "Central Bank of Norland")],
        ),
        (  # a governor alone is a state's as often as a bank's: no body acted, none is given
            (
                "Governor Ray Dunmore signed the budget bill on Friday.",
                '"This is a good day for us," said Governor Ray Dunmore.',
            ),
            [("Ray Dunmore", "official", "")],
        ),
        (  # ... nor is a ministry that acted a governor's
            (
                "The Norland Finance Ministry said the deficit would narrow next year.",
                '"We will stay the course," said Governor Piet Olsen.',
            ),
            [("Norland Finance Ministry", "institution", ""), ("Piet Olsen", "official", "")],
        ),
    ],
)
def test_a_title_serves_the_body_of_its_kind_that_acted_before(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


def test_the_department_is_the_state_body_that_spoke_though_its_name_lacks_the_word(nlp):
    paragraphs = (
        "Transport Canada said it would inspect all the grounded planes.",
        "The department added that the checks would take two weeks.",
    )
    assert profiles(nlp, *paragraphs) == [("Transport Canada", "institution", "")] * 2


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # one lookup with one list of nouns: "the agency" is the state body that spoke, as "the department" is
            (
                "Transport Canada said it would inspect all the grounded planes.",
                "The agency added that the checks would take two weeks.",
            ),
            [("Transport Canada", "institution", "")] * 2,
        ),
        (  # ... and a role's "ministry" the body that spoke last, described or named
            (
                "The Ruritanian transport ministry said on Monday that the rail strike had ended.",
                '"Trains will run on time from Tuesday," a ministry spokeswoman said.',
            ),
            [("Ruritanian transport ministry", "institution", ""), ("", "unnamed", "Ruritanian transport ministry")],
        ),
        (  # no department that spoke is "the government"
            (
                "Transport Canada said it would inspect all the grounded planes.",
                "The government added that no airline would be fined.",
            ),
            [("Transport Canada", "institution", ""), ("government", "institution", "")],
        ),
    ],
)
def test_a_state_body_noun_means_the_last_state_body_that_spoke(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected


def test_a_department_described_by_its_own_words_is_not_the_body_that_spoke(nlp):
    paragraphs = (
        "Transport Canada said it would inspect all the grounded planes.",
        "The fisheries ministry said the ferry routes would stay open.",
    )
    assert profiles(nlp, *paragraphs) == [
        ("Transport Canada", "institution", ""),
        ("fisheries ministry", "institution", ""),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"Trade must stay open," EU Trade Commissioner Piet Olsen said on Monday.', ("Piet Olsen", "official", "EU")),
        ('"The talks failed," said US Trade Representative Ann Berg.', ("Ann Berg", "official", "US")),
    ],
)
def test_a_portfolio_after_a_state_is_no_organisation_of_its_own(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]
