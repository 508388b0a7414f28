"""Themes of a Korean given name's last syllable: "Un" ending a leader's name ("Ri Chol Un") is no UN, and a paragraph
about his tour of a farm gets no diplomacy from it; the UN spelled in capitals still counts. Fictional texts on the
real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.name_syllables import name_syllables
from tests.theming import article

FARM = [
    "Leader Ri Chol Un toured a new state pig farm outside Hamsong on Sunday and praised its workers for finishing "
    "it ahead of schedule, state television reported.",
    "Ri Chol Un told managers to raise output before winter, the broadcaster said.",
]


def test_un_ending_a_leaders_name_is_no_diplomacy(nlp, themes):
    tour, order = article(themes, nlp, "Leader tours new pig farm", FARM)
    assert "diplomacy" not in tour, tour
    assert "diplomacy" not in order, order


def test_the_un_in_capitals_still_counts(nlp, themes):
    (appeal,) = article(
        themes,
        nlp,
        "Aid appeal for Hamsong",
        ["The UN envoy met Pyeongdo's foreign minister on Monday and urged talks with its neighbours on the famine."],
    )
    assert "diplomacy" in appeal, appeal


def test_only_un_after_a_name_word_is_masked(nlp):
    doc = nlp("Ri Chol Un met the UN envoy. Un nouveau plan was read out in French.")
    assert [doc[start:end].text for start, end in name_syllables(doc)] == ["Un"]
    assert name_syllables(doc)[0][0] == 2
