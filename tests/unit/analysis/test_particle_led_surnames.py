"""A given name before a surname led by a capitalised particle (texts of our own): "Commissioner Bienvenido Dela Cruz
Jr." is one person, though the recogniser may tag "Dela Cruz Jr." alone; the title before the given name stays out."""

from __future__ import annotations

from tests.quoting import said_by

TEXT = "Customs Commissioner Bienvenido Dela Cruz Jr. told the panel that the bureau had relieved six personnel."


def test_the_given_name_before_a_particle_led_surname_is_the_persons(nlp):
    rows = said_by(nlp, TEXT)
    assert [speaker for speaker, _ in rows] == ["Bienvenido Dela Cruz"]


def test_the_title_before_the_given_name_stays_out_of_the_name(nlp):
    doc = nlp(TEXT)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Bienvenido Dela Cruz Jr."]
