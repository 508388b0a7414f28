"""A state that speaks alone right after a paragraph of relations between states goes on with those relations (see
`speaking.speaker_reference`), on the real spaCy pipeline and themes file; after an unrelated paragraph, or in a
paragraph that carries another theme of its own, it does not."""

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


def test_a_state_speaking_of_its_own_war_does_not_go_on_with_relations(themes, nlp):
    war = "La Paz said its soldiers had shelled rebel positions and killed twelve fighters."
    scores = themes.score_article([nlp(p) for p in (RELATIONS, war)], ["", ""])
    assert labels(scores[1]) == ["military"]
