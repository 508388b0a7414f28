"""Themes of a paragraph with no word of any theme between two paragraphs that carry one on their own, in an article
about that theme (see themes/follows.py): the next step of a trade story ("The firm has 30 days to answer") is trade;
the same words in a story only passing through trade, or a paragraph that another theme claims, keep their verdict.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

DUTIES = [
    "OTTAWA - Canada on Thursday imposed anti-dumping duties of up to 40 percent on steel wire imported from three "
    "Asian countries, after its trade tribunal found the imports had hurt local mills.",
    "The firm has 30 days to answer before the rates become final.",
    "Exporters in the three countries said the duties would shut them out of their largest foreign market for wire.",
]


def test_a_paragraph_between_two_trade_paragraphs_of_a_trade_story_is_trade(themes, nlp):
    labelled = article(themes, nlp, "Canada Slaps Dumping Duties On Steel Wire Imports", DUTIES)
    assert "trade" in labelled[1]


def test_the_explanation_says_the_paragraph_follows_its_trade_story(themes, nlp):
    docs = [nlp(text) for text in DUTIES]
    scores = themes.score_article(docs, [""] * len(docs), "Canada Slaps Dumping Duties On Steel Wire Imports")
    trade = next(s for s in scores[1] if s.theme == "trade")
    assert trade.explained().startswith("context: follows the paragraph before, article ")


def test_the_same_words_in_a_story_passing_through_trade_stay_no_trade(themes, nlp):
    story = [
        "OTTAWA - The city council on Thursday approved a new bus depot and a bicycle lane along the river, after a "
        "year of hearings on noise and parking.",
        DUTIES[0],
        DUTIES[1],
        DUTIES[2],
        "The council will hold its next meeting in March, when it is to discuss the budget for parks and libraries.",
        "Residents near the river said they welcomed the new lane but feared the loss of parking spaces.",
    ]
    assert "trade" not in article(themes, nlp, "Council Backs Bus Depot And River Lane", story)[2]


def test_a_paragraph_after_only_one_trade_paragraph_stays_no_trade(themes, nlp):
    story = [*DUTIES[:2], "The weather in the capital was cold and wet, with snow expected on the weekend."]
    assert "trade" not in article(themes, nlp, "Canada Slaps Dumping Duties On Steel Wire Imports", story)[1]
