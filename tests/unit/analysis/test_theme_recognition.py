"""Themes of one state recognising another or its government (themes/recognition.py): "Mongolia has not recognised
the military government", "a region not recognised by any state" is diplomatic recognition, diplomacy by GUIDELINES.md
even with no other word of relations; an opposition that does not recognise the government, a court recognising a
right and a firm recognised by its peers are none. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.recognition import recognition
from tests.theming import article

RECOGNISED = [
    "Mongolia has not recognised the military government that seized power in the north last month.",
    "No country has recognised the council's independence, and its passports are accepted only at home.",
    "The enclave, which declared itself a republic in 1994, is not recognised by any state.",
    "Few governments have recognised the new junta, whose leaders have promised elections within three years.",
    "Chile recognised Palestine as a state in 2011.",
]


@pytest.mark.parametrize("text", RECOGNISED)
def test_a_state_recognising_another_is_read(nlp, text):
    assert recognition(nlp(text)), text


NOT_RECOGNISED = [
    "The opposition has refused to recognise the government and called for a new vote.",
    "Bolivia's opposition does not recognise the result of the count.",
    "The court recognised the state's right to collect the levy on imported cars.",
    "The bakery was recognised by its peers for its sourdough.",
    "Ghana recognised the work of its nurses at a ceremony on Friday.",
    "Marriages held abroad are not recognised by the state unless they are registered within a year.",
    "The government recognised the state's duty to repair the flooded roads.",
    "The union is recognised by the government as the voice of the dockers.",
]


@pytest.mark.parametrize("text", NOT_RECOGNISED)
def test_recognition_at_home_or_of_a_right_is_none(nlp, text):
    assert recognition(nlp(text)) == "", text


STORY = [
    "The foreign ministers of Mongolia and Kazakhstan met in Astana on Monday to discuss the crisis in the north of "
    "the region and agreed to keep their embassies open.",
    "Mongolia has not recognised the military government that seized power there last month.",
]


def test_recognition_continues_a_story_of_relations(nlp, themes):
    labelled = article(themes, nlp, "Ministers meet in Astana", STORY)
    assert "diplomacy" in labelled[1], labelled


AT_HOME = [
    "The opposition in Marleton has refused to recognise the city council chosen in last week's vote and called for "
    "a recount.",
    "The bakery on Dray Street was recognised by its peers for its sourdough.",
]


def test_recognition_at_home_is_no_diplomacy(nlp, themes):
    assert article(themes, nlp, "Marleton opposition rejects result", AT_HOME) == [[], []]
