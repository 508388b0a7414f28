"""A quotation after a colon that ends a clause someone is reported to say ("The union, she adds, has asked …: “…”")
goes on with the reporter, not with the subject of the reported clause."""

from __future__ import annotations

from tests.quoting import said_by

INTRO = "Graziella Fontanot-Reyes leads the pensioners’ union."


def test_a_colon_quotation_after_a_clause_with_a_cue_set_off_inside_it_is_the_reporters(nlp):
    said = said_by(
        nlp,
        INTRO,
        "The ministry, she says, has stopped answering letters: “They think we will get tired and go home.”",
    )
    assert ("Graziella Fontanot-Reyes", "“They think we will get tired and go home.”") in said
    assert not any(speaker == "ministry" for speaker, _ in said)


def test_a_colon_quotation_after_a_clause_reported_with_said_that_is_the_reporters(nlp):
    said = said_by(
        nlp,
        INTRO,
        "She said the union had asked its members not to block roads: “We want Rome to see us, not to hate us.”",
    )
    assert ("Graziella Fontanot-Reyes", "“We want Rome to see us, not to hate us.”") in said


def test_a_colon_quotation_after_a_clause_nobody_reports_stays_with_its_subject(nlp):
    said = said_by(nlp, INTRO, "The ministry has stopped answering letters: “We are reviewing every one of them.”")
    assert said == [("ministry", "“We are reviewing every one of them.”")]
