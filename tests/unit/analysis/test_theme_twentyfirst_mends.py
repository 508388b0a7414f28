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


VILLAGE = [
    "A drone struck the fuel depot of the border village of Marivka overnight, setting two tanks ablaze, the regional "
    "military administration said.",
    "Marivka has about 2,000 people, most of whom work on the collective farm or at the sawmill.",
    "The depot supplied diesel to farms across the district.",
    "The explosion shattered windows along the main street.",
    "Olena Koval, who runs the post office, said she had not slept since.",
    "The village council will meet on Friday to decide how to share what fuel is left.",
    "The sawmill has closed for the week.",
]


def test_a_lead_under_a_headline_of_war_makes_war_the_subject_of_a_long_piece(themes, nlp):
    docs = [nlp(text) for text in VILLAGE]
    scores = themes.score_article(docs, [""] * len(docs), "Drone Attack Leaves Border Village On Edge")
    assert [labels(paragraph) for paragraph in scores][3] == ["military"], scores[3]
    assert "(lead)" in scores[3][1].explained()
    assert "military" not in labels(scores[5])
    # the same piece under a headline with no word of war: the blast is the village's, not a war's
    calm = themes.score_article(docs, [""] * len(docs), "Border Village Counts The Cost Of A Long Night")
    assert "military" not in labels(calm[3])


def test_an_air_raid_written_with_a_hyphen_is_war(themes, nlp):
    for text in [
        "Air-raid sirens sounded across the city twice overnight.",
        "Residents spent the night in the metro after an air-raid alert.",
    ]:
        assert "military" in labelled(themes, nlp, text), text
