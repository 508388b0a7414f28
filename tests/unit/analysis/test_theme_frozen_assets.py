"""Themes of a freeze on a people's assets (themes/frozen_assets.py): "has frozen 25 billion pounds of Russian assets"
is a sanction told through the verb, trade by GUIDELINES.md; a freeze on hiring or on a family's account is none.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

FROZEN = [
    "Norway has frozen more than 4 billion crowns of Iranian assets since the plot against a journalist in Oslo came "
    "to light, including two apartments and a racing stable.",
]


def test_a_state_freezing_a_peoples_assets_is_trade(nlp, themes):
    frozen = article(themes, nlp, "Norway tightens measures on Tehran", FROZEN)[0]
    assert "trade" in frozen, frozen


HIRING = [
    "The city of Marden has frozen hiring for the rest of the year and cut the budget of its libraries by a tenth.",
    "Police froze the bank account of a local charity while they look into missing donations.",
]


def test_a_freeze_on_hiring_or_on_a_charitys_account_is_no_trade(nlp, themes):
    assert article(themes, nlp, "Marden freezes hiring", HIRING) == [[], []]
