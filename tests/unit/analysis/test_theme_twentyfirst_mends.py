"""Themes of the twenty-first probe batch's mends: a state that a wire dateline's date swallowed ("July 9 - Niger")
is still a party, and a market report's "early trade" is no trade. Fictional texts on the real spaCy pipeline with
the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, labels


def labelled(themes: Themes, nlp, text: str) -> list[str]:
    return labels(themes.score(nlp(text)))


def test_a_state_after_a_datelines_date_is_a_party(themes, nlp):
    for text in [
        "NIAMEY, July 9 - Niger accused Benin on Tuesday of blocking its oil exports at the port of Cotonou.",
        "BISHKEK, March 4 - Kyrgyzstan accused Kazakhstan on Monday of closing its border crossings to its trucks.",
    ]:
        scores = themes.score(nlp(text))
        assert "diplomacy" in labels(scores), (text, scores)
    assert "diplomacy" not in labelled(themes, nlp, "NIAMEY, July 9 - Floods have cut the main road to the north.")


def test_the_hour_of_a_markets_session_is_no_trade(themes, nlp):
    for text in [
        "Its shares rose 3 percent in early trade in Copenhagen.",
        "The insurer's shares fell 2 percent in afternoon trading in Zurich.",
    ]:
        assert "trade" not in labelled(themes, nlp, text), text
    text = "Trade between the two countries rose 3 percent last year as exports of machinery grew."
    assert "trade" in labelled(themes, nlp, text)
