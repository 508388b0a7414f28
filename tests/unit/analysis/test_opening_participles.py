"""A participle alone at the start of a sentence before the speaker ("Reacting, the Governor, Mr X, said"; texts of
our own): the parser may take the participle for the subject, but the person named after it spoke."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_governor_after_an_opening_participle_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Reacting, the state Governor, Mr Ifeanyi Chidozie Anyanwu, who was represented by his Deputy, Dr Zainab "
        "Musa-Kolo, said the government would rebuild the Obodo market within a year.",
    )
    assert [speaker for speaker, _ in rows] == ["Ifeanyi Chidozie Anyanwu"]
