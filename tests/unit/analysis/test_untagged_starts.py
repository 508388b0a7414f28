"""The name of a person the recogniser missed starts after the roles and titles before it, and after the full stop of
an abbreviated rank the tokenizer keeps apart (untagged_starts.py; fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_after_an_abbreviated_rank_does_not_open_with_its_full_stop(nlp):
    """ "Col" "." split by the tokenizer, the surname taken for a place and the given name for no name at all."""
    paragraph = "Col. Orest Poltavets told state radio that Velmaria was adapting."
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Orest Poltavets"]


def test_a_name_after_a_role_and_an_abbreviated_rank_keeps_its_words(nlp):
    paragraph = "Navy spokesperson Col. Orest Bukovets told state radio that Velmaria was adapting its patrols."
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Orest Bukovets"]
