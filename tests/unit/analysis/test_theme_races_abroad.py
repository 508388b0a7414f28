"""A state's word on another state's race is relations between them: the cues of domestic politics ("election",
"candidate", "campaign") count nothing against diplomacy in a paragraph that names two parties and has a term of
diplomacy (see `races`), and still count in a race told at home. Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

from tests.theming import article

TITLE = "Senator Varga pledges steep duties on steel from abroad"


def test_a_foreign_ministry_on_another_states_election_tells_relations(themes, nlp):
    found = article(
        themes,
        nlp,
        TITLE,
        [
            "Senator Ilona Varga told a rally in Toledo that she would put a 40 percent duty on steel imports if "
            "elected in November.",
            "Economists say the duty would raise prices for carmakers.",
            "Brazil's foreign ministry, asked about the pledge, said it did not comment on American elections.",
        ],
    )
    assert "diplomacy" in found[2], found


def test_an_election_told_at_home_is_still_no_relations(themes, nlp):
    found = article(
        themes,
        nlp,
        TITLE,
        [
            "Senator Ilona Varga told a rally in Toledo that she would put a 40 percent duty on steel imports if "
            "elected in November.",
            "Her campaign said the election would be decided in Ohio and Michigan, where she met union leaders on "
            "Sunday.",
        ],
    )
    assert "diplomacy" not in found[1], found
