"""The full stop of an abbreviated rank ends no sentence, so the speaker keeps the role and service written before the
rank (rank_stops.py; fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_spokesperson_after_a_rank_whose_full_stop_the_tokenizer_splits_off_keeps_her_service(nlp):
    paragraph = "Navy spokesperson Capt. Ilse Brandvik told state radio that the fleet had doubled its patrols."
    assert profiles_of(nlp, paragraph) == [("Ilse Brandvik", "official", "Navy")]


def test_a_spokesman_after_a_rank_the_tokenizer_keeps_whole_keeps_his_service(nlp):
    paragraph = "Navy spokesperson Cmdr. Aurel Vintila told state radio that the frigate had left the port of Serenza."
    assert profiles_of(nlp, paragraph) == [("Aurel Vintila", "official", "Navy")]


def test_the_rank_parses_as_one_sentence_with_the_name(nlp):
    doc = nlp("Army spokesman Maj. Oren Faltz said the drills had ended. They will resume in May.")
    assert len(list(doc.sents)) == 2
