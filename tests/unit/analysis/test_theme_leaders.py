"""Heads of state and government named with a title, and by name alone once their article has named them so, on the
real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import labels
from dashboard.analysis.themes.leaders import article_leaders, leaders

VISIT = [
    "Danish Prime Minister Ida Holm and Chilean President Mateo Rojas agreed on Monday to open a consulate in "
    "Valparaiso, during Rojas's first visit to Copenhagen.",
    "Rojas thanked Holm for her hospitality and invited her to Santiago next year.",
]


def test_the_leaders_an_article_names_with_a_title_are_known_by_their_last_names(nlp):
    assert article_leaders([nlp(text) for text in VISIT]) == {"holm", "rojas"}


def test_a_provinces_premier_is_no_head_of_government(nlp):
    assert leaders(nlp("Manitoba Premier Carl Dunn said the talks were going well.")) == []
    assert [e.text for e in leaders(nlp("Premier Carl Dunn said the talks were going well."))] == ["Premier Carl Dunn"]


def test_leaders_told_by_name_act_on_each_other(themes, nlp):
    scores = themes.score_article([nlp(text) for text in VISIT], ["", ""], "Rojas Visits Denmark")
    second = next(s for s in scores[1] if s.theme == "diplomacy")
    assert any(t.startswith("acting: Rojas thank Holm") for t in second.terms)
    assert "diplomacy" in labels(scores[1])
    alone = next(s for s in themes.score(nlp(VISIT[1])) if s.theme == "diplomacy")
    assert not any(t.startswith("acting: ") for t in alone.terms)


def test_a_known_leader_speaks_for_the_state_when_a_state_is_named(themes, nlp):
    known = frozenset(["holm"])
    abroad = next(
        s
        for s in themes.score(nlp("Holm said Danish firms would bid for the port contract."), leaders=known)
        if s.theme == "diplomacy"
    )
    assert "state speaks: Holm say" in abroad.terms
    home = next(
        s
        for s in themes.score(nlp("Holm said the new school would open in May."), leaders=known)
        if s.theme == "diplomacy"
    )
    assert not any(t.startswith("state speaks") for t in home.terms)
