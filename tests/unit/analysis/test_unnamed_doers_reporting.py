"""A "he" or "she" that reports what was said right after a sentence bringing in an unnamed person ("A neighbour down
the road is less hopeful. He says he will sell …") is that person, not one the story named before; a semicolon may
close the sentence's first clause instead ("…, who asked not to be named, is less hopeful; he says …")."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of

NAMED = "Bastien Orlowski-Pruitt planted 600 young trees last spring on the slope behind the barn."

TEXTS = [
    (
        "A neighbour down the road is less hopeful. He says he will sell his orchard to a developer if the next "
        "winter is as warm as this one.",
        "he will sell his orchard",
    ),
    (
        "One longtime grower in the valley, who asked not to be named, is less hopeful; he says he will sell his "
        "orchard to a developer if the next winter is as warm as this one.",
        "he will sell his orchard",
    ),
    (
        "A woman who runs the general store has watched the buses stop coming. She says her winter sales have fallen "
        "by a third since 2020.",
        "her winter sales have fallen",
    ),
]


@pytest.mark.parametrize(("text", "piece"), TEXTS)
def test_the_pronoun_after_an_unnamed_newcomer_is_that_person(nlp, text, piece):
    rows = [r for r in quote_rows_of(nlp, NAMED, text) if piece in r["quote"]]
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("", "unnamed")], rows


def test_a_pronoun_told_apart_from_the_newcomer_stays_with_the_named_person(nlp):
    """ "A buyer offered him $2 million. He says …": the "him" of that sentence is the man who speaks after it."""
    text = "A buyer offered him $2 million last year. He says he turned the offer down within the hour."
    rows = [r for r in quote_rows_of(nlp, NAMED, text) if "turned the offer down" in r["quote"]]
    assert [r["speaker"] for r in rows] == ["Bastien Orlowski-Pruitt"], rows


def test_a_dog_is_no_newcomer_who_speaks(nlp):
    text = "A dog barked at the gate all morning. He says the dog belongs to a family down the road."
    rows = [r for r in quote_rows_of(nlp, NAMED, text) if "belongs to a family" in r["quote"]]
    assert [r["speaker"] for r in rows] == ["Bastien Orlowski-Pruitt"], rows


def test_a_crowd_is_no_newcomer_whom_he_or_she_means(nlp):
    """ "Men in uniform burned …. She says …": "she" is one person, not the crowd; it stays with the woman named."""
    named = "Yasmin Adeyemi-Kroll arrived at the camp in May with her two daughters."
    text = "Men in uniform burned the village in April. She says she walked for nine days before she found water."
    rows = [r for r in quote_rows_of(nlp, named, text) if "walked for nine days" in r["quote"]]
    assert [r["speaker"] for r in rows] == ["Yasmin Adeyemi-Kroll"], rows


def test_someone_known_already_is_no_newcomer(nlp):
    """ "Did her family recognize themselves? She laughs. “…”": a question the writer asks of "her family", whom the
    story knows; the "she" is the woman it follows."""
    named = "Yasmin Adeyemi-Kroll wrote the novel over six winters at her kitchen table."
    text = (
        "Did her family recognize themselves? She laughs. “My aunt called me after she read it, and she was not "
        "amused.”"
    )
    rows = [r for r in quote_rows_of(nlp, named, text) if "My aunt called me" in r["quote"]]
    assert [r["speaker"] for r in rows] == ["Yasmin Adeyemi-Kroll"], rows
