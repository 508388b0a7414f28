"""Descriptions of a doer that stand for the person the article tied to that role ("the shop owner said"): by the
thing the description's first noun names ("opened her hardware shop"), by a relative clause ("who owns a hardware
shop"), or by a word of the same stem a few paragraphs back, past people who were tied to nothing of the kind."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


def test_the_shop_owner_is_the_person_who_opened_the_shop(nlp):
    rows = said_by(
        nlp,
        "Nadia Ferrante opened her hardware shop on Queen Street in 1998.",
        f"{L}We are hanging on by our fingernails,{R} the shop owner said.",
    )
    assert [speaker for speaker, _ in rows] == ["Nadia Ferrante"]


@pytest.mark.parametrize(
    ("told", "between", "cue", "person"),
    [
        (  # a relative clause ties the shop to him
            "Marcel Tibbot, who owns a hardware shop on Queen Street, says rents have tripled.",
            "Council will vote on a freeze in March, Mayor Ruth Ekwueme said.",
            f"{L}We are hanging on by our fingernails,{R} the shop owner said.",
            "Marcel Tibbot",
        ),
        (  # two paragraphs back, past a person tied to no farm
            "Olek Varga has farmed near Elmvale for 30 years and lost half his herd in the flood.",
            "Provincial officials say aid is coming. Agriculture Minister Lise Poitras visited on Monday.",
            f"{L}We have heard that before,{R} the farmer said.",
            "Olek Varga",
        ),
    ],
)
def test_a_role_names_the_person_the_article_tied_to_it_before(nlp, told, between, cue, person):
    rows = said_by(nlp, told, between, cue)
    assert [speaker for speaker, _ in rows][-1] == person


def test_the_shop_owner_stays_unnamed_when_no_one_was_tied_to_a_shop(nlp):
    rows = said_by(
        nlp,
        "Nadia Ferrante walked along Queen Street on Saturday.",
        f"{L}We are hanging on by our fingernails,{R} the shop owner said.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_the_farmer_is_the_person_whose_family_has_farmed(nlp):
    """ "X’s family has farmed …": what the person's own family does ties her to "the farmer"."""
    rows = said_by(
        nlp,
        "Linnea Hartsough-Vale’s family has farmed the same 400 acres outside Dunmore since 1923.",
        f"{L}My grandmother would not believe the price of seed,{R} the farmer says.",
    )
    assert [speaker for speaker, _ in rows] == ["Linnea Hartsough-Vale"]
