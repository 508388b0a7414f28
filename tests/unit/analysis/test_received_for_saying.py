""" "Ann drew fire for saying …", "won applause for insisting …": what the speaker got for it is no speaker; the
verb's subject said it. "Critics attacked Ann for saying …": the one blamed said it (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_what_the_speaker_got_is_no_speaker(nlp):
    assert said_by(nlp, "Tom Reyes won applause for insisting that the mill must stay open.") == [
        ("Tom Reyes", "the mill must stay open")
    ]
    assert said_by(nlp, "Tom Reyes drew fire on Monday for calling the mayor a liar.") == [
        ("Tom Reyes", "the mayor a liar")
    ]


def test_a_storm_of_criticism_is_no_speaker_either(nlp):
    assert said_by(nlp, "Tom Reyes drew a storm of criticism for saying the ferry was doomed.") == [
        ("Tom Reyes", "the ferry was doomed")
    ]


def test_the_one_blamed_said_it(nlp):
    assert said_by(nlp, "Harbour critics attacked Nora Vance for saying the ferry was doomed.") == [
        ("Nora Vance", "the ferry was doomed")
    ]
