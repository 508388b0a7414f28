"""A body's name the recogniser cut after the "and" of its last two fields ("the state Department of Fish and| Game")
gets its last field back (`cut_and_names`), so the body speaks with its whole name (real pipeline, fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_department_cut_after_and_speaks_whole(nlp):
    rows = said_by(
        nlp,
        "LARCH HOLLOW, Alaska — The state Department of Fish and Game shut the moose hunt on Tuesday.",
        "Only 212 moose were counted on the flats this winter, the department said in a notice to hunters.",
        "The state Department of Fish and Game said the hunt would open again next autumn if the herd recovers.",
    )
    assert {s for s, _ in rows} == {"Department of Fish and Game"}


def test_the_whole_name_is_one_organisation(nlp):
    doc = nlp("KENNERY, Alaska — The state Department of Fish and Game closed the sport fishery on Friday.")
    assert ("Department of Fish and Game", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_a_second_body_after_and_stays_apart(nlp):
    doc = nlp("The Ministry of Defence and the army said the range would stay closed to walkers.")
    assert ("The Ministry of Defence", "ORG") in [(e.text, e.label_) for e in doc.ents]
