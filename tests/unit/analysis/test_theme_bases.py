"""A state's bases abroad told without "military" ("which has bases in both countries") are a word of war, weak
alone, on the real spaCy pipeline and themes file: in a story of fighting they carry it, in a story of an airline's
bases they do not."""

from __future__ import annotations

from dashboard.analysis.themes import labels


def labelled(themes, nlp, paragraphs: list[str]) -> list[list[str]]:
    return [labels(s) for s in themes.score_article([nlp(p) for p in paragraphs], [""] * len(paragraphs))]


def test_bases_abroad_go_on_with_a_story_of_fighting(themes, nlp):
    story = [
        "Fighting flared along the disputed border overnight, killing six soldiers, local officials said.",
        "Turkey, which has bases in both countries, called for calm.",
    ]
    assert "military" in labelled(themes, nlp, story)[1]


def test_an_airlines_bases_are_no_war(themes, nlp):
    story = [
        "A low-cost airline said on Monday it would add ten routes from next spring.",
        "The carrier, which has bases in Leeds and Bristol, expects to fly two million passengers this year.",
    ]
    assert labelled(themes, nlp, story)[1] == []
