"""Themes of a freeze on the assets of foreign people (themes/frozen_assets.py): "freeze the assets of foreign
officials" or "froze the assets of two Iranian generals" is a sanction told through the verb, as a freeze on "Iranian
assets" is, trade by GUIDELINES.md; a court freezing the assets of a former mayor or of local officials is none.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

FROZEN = [
    "Canada now has a law that lets it freeze the assets of foreign officials it holds responsible for the jailing of "
    "its citizens, and has used it twice.",
    "Last month the government froze the assets of two Iranian generals and of a company they are said to control.",
    "Ottawa also said it would freeze the funds of Belarus's prison service wherever it could find them.",
]


@pytest.mark.parametrize("text", FROZEN)
def test_a_freeze_on_the_assets_of_foreign_people_is_trade(nlp, themes, text):
    frozen = article(themes, nlp, "Ottawa answers over its jailed citizens", [text])[0]
    assert "trade" in frozen, frozen


LOCAL = [
    "A county judge froze the assets of the former mayor of Harlow Cross while prosecutors look into the missing "
    "road funds.",
    "The inspector asked the court to freeze the assets of local officials who signed the contracts.",
]


@pytest.mark.parametrize("text", LOCAL)
def test_a_freeze_on_the_assets_of_people_at_home_is_no_trade(nlp, themes, text):
    assert article(themes, nlp, "Mayor's assets frozen", [text]) == [[]]
