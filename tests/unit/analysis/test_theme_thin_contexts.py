"""A paragraph that tells a theme through one term alone takes nothing from a context thinner than the theme's `least`
(military's in the shipped themes file): a passing "war" in a story that hardly tells war is a figure (a shop chain's
price war, a sermon), while the same word in a story of war is still lifted. Fictional texts on the real spaCy
pipeline with the shipped themes file, and the lift itself on made-up scores."""

from __future__ import annotations

from dataclasses import replace

from dashboard.analysis.themes.context import NO_LIFT, ContextWeights, lifts, lone_term
from tests.theming import article

WEIGHTS = ContextWeights(article=0.6, section=0.0, neighbours=0.3, floor=0.1, least=0.2)


def test_one_term_alone_with_no_cue_is_lone():
    assert lone_term(["war"])
    assert not lone_term(["war", "troop"])
    assert not lone_term(["-coach"])


def test_a_thin_context_lifts_no_lone_term():
    # the third paragraph's neighbour and the article lift it; under `least` they do not
    scores = [0.0, 0.0, 1.75, 1.2, 0.0, 0.0, 0.0]
    lone = [False, False, True, False, False, False, False]
    assert lifts(scores, 2.0, [""] * 7, 0.0, WEIGHTS, lone=lone)[2] == NO_LIFT
    assert lifts(scores, 2.0, [""] * 7, 0.0, replace(WEIGHTS, least=0.0), lone=lone)[2].added
    # a paragraph of two terms is lifted as before
    assert lifts(scores, 2.0, [""] * 7, 0.0, WEIGHTS, lone=[False] * 7)[2].added


def test_a_lone_war_in_a_price_war_story_is_no_war(nlp, themes):
    found = article(
        themes,
        nlp,
        "Bakery chain's profit slides as bread price war drags on",
        [
            "Corlan Bakeries, the country's third-largest bakery chain, reported a 12 percent fall in annual profit "
            "on Thursday, blaming a price war with two supermarket groups.",
            "Sales rose 3 percent to 640 million pounds, but the margin on a standard loaf fell by half.",
            "The chain has been locked in a battle for shoppers with both grocers since they cut the price of a loaf "
            "to 50 pence.",
            '"We can still win this war if we bake better bread," managing director Hugh Penrose said.',
            "Penrose said the chain would close 20 of its 310 shops by the summer.",
            "Its shares fell 4 percent.",
        ],
    )
    assert "military" not in found[3], found


def test_a_lone_war_in_a_story_of_war_is_war(nlp, themes):
    found = article(
        themes,
        nlp,
        "Artillery shells border villages as troops mass",
        [
            "Artillery fire hit three border villages overnight, killing four civilians, as troops massed on both "
            "sides of the frontier, officials said.",
            "Tanks and armoured vehicles were seen moving towards the crossing, witnesses said.",
            '"Nobody here wants this war," said a farmer who fled with his family.',
        ],
    )
    assert "military" in found[2], found
