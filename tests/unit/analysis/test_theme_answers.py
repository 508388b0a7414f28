"""A state that speaks alone right after a paragraph of relations between states goes on with those relations (see
`speaking.speaker_reference`), on the real spaCy pipeline and themes file, also when its paragraph carries another
theme; after an unrelated paragraph, or when it speaks through a word of that other theme ("the army said"), it does
not."""

from __future__ import annotations

from dashboard.analysis.themes import labels

RELATIONS = (
    "Chile's foreign minister telephoned his Bolivian counterpart on Monday to protest the detention of two Chilean "
    "lorry drivers near the border."
)
UNRELATED = "Heavy rain closed the mountain road near the border for most of Monday."
ANSWER = "La Paz said the two drivers were in good health and would be questioned again on Tuesday."


def diplomacy(themes, nlp, paragraphs: list[str]):
    scores = themes.score_article([nlp(p) for p in paragraphs], [""] * len(paragraphs))
    return [next(s for s in p if s.theme == "diplomacy") for p in scores]


def test_a_state_speaking_alone_goes_on_with_the_relations_told_just_before(themes, nlp):
    first, answer = diplomacy(themes, nlp, [RELATIONS, ANSWER])
    assert first.label and answer.label
    assert "refers to: La Paz say" in answer.context


def test_the_same_words_after_an_unrelated_paragraph_take_no_relations(themes, nlp):
    _, answer = diplomacy(themes, nlp, [UNRELATED, ANSWER])
    assert not answer.label


def test_a_state_speaking_with_another_theme_of_its_own_goes_on_with_relations_too(themes, nlp):
    tariff = "La Paz said it would raise tariffs on imported wine and fruit from March."
    scores = themes.score_article([nlp(p) for p in (RELATIONS, tariff)], ["", ""])
    assert labels(scores[1]) == ["trade", "diplomacy"]


def test_a_state_speaking_through_its_army_tells_war_not_relations(themes, nlp):
    war = "Bolivia's army said its patrols had fired on smugglers' trucks near the border."
    scores = themes.score_article([nlp(p) for p in (RELATIONS, war)], ["", ""])
    assert "military" in labels(scores[1])
    assert "diplomacy" not in labels(scores[1]), scores[1]
