"""A state speaking alone that calls what it answers by a word of condemnation ("said the measures were illegal",
"called the listings blackmail", "an act of aggression", "interference") answers another state: the whole acting
weight, as "denied" or "called it a provocation" have. A union or a party saying the same of a home rule is no state.
On the real spaCy pipeline with the shipped themes file; the articles are fictional."""

from __future__ import annotations

from tests.theming import article

TITLE = "EU Lists Belarusian Potash Firms Under Sanctions"
LEAD = (
    "BRUSSELS, March 3 - The European Union added six Belarusian potash producers to its sanctions list on Monday, "
    "accusing them of funding Minsk's crackdown on protesters."
)
DETAILS = [
    "The firms ship most of their potash through Lithuanian ports and will have their assets in the bloc frozen.",
    "They sold about $2 billion of potash to European buyers last year.",
]


def test_a_state_calling_a_measure_illegal_answers_the_state_that_took_it(themes, nlp):
    found = article(
        themes, nlp, TITLE, [LEAD, *DETAILS, "Minsk said the new measures were illegal and would be ignored."]
    )
    assert "diplomacy" in found[0], found[0]
    assert "diplomacy" in found[3], found[3]


def test_a_union_calling_a_rule_illegal_is_no_state(themes, nlp):
    found = article(
        themes,
        nlp,
        "Dock Union Vows To Fight New Shift Rules",
        [
            "ROTTERDAM, May 2 - The port's largest union said on Tuesday it would challenge new shift rules in court.",
            "The union said the rules were illegal and hostile to workers with children.",
        ],
    )
    assert found == [[], []], found
