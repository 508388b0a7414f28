"""What was said after the phrases of when and where it was said, where the parser took the "that" opening it for the
relative pronoun of a clause hung on the last noun of those phrases ("testified at the trial that …"), with or
without a listener (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_that_taken_for_the_object_of_a_clause_on_the_trial_is_what_was_testified(nlp):
    rows = said_by(
        nlp,
        "A neighbour, Tariq Benn, testified at the trial that his wife's migraines worsened in the flat.",
        "Another tenant, Ruth Oyelaran, testified at the hearing that her son's rash spread in the basement unit.",
    )
    assert rows == [
        ("Tariq Benn", "his wife's migraines worsened in the flat"),
        ("Ruth Oyelaran", "her son's rash spread in the basement unit"),
    ]


def test_a_that_clause_with_its_own_object_after_the_listener_and_the_briefing_is_what_was_told(nlp):
    rows = said_by(nlp, "Mira Lund told reporters at the briefing that the storm damaged 40 homes.")
    assert rows == [("Mira Lund", "the storm damaged 40 homes")]


def test_a_true_relative_clause_of_the_trial_or_the_meeting_is_not_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Ines Carver testified at the trial that she attended in Harwick.",
        "Lena Hart testified at the hearing that was held in April.",
        "Bram Olde spoke at the meeting that was held in May.",
    )
    assert rows == []


def test_an_of_inside_how_it_was_told_does_not_stop_the_that_clause_after_it(nlp):
    """ "told reporters on condition of anonymity that …", "told the paper at the end of a meeting that …": the "of"
    belongs to a phrase of how or when it was told, not to what the listener was told about; "told reporters of the
    plan that …" still stops, and so does a true relative clause after such an "of" ("after two days of meetings
    that reporters described as tense")."""
    rows = said_by(
        nlp,
        "A police officer told reporters on condition of anonymity that Kenya had secured a loan before the vote.",
        "A Nigerian official involved in the talks told AFP on condition of anonymity that Ghana had helped broker it.",
        "Osman Keita told the council of the plan that the mayor had drafted.",
        "The truce will hold until May, Danish mediators said, after three days of meetings that reporters described "
        "as tense.",
    )
    assert rows[:2] == [("", "Kenya had secured a loan before the vote"), ("", "Ghana had helped broker it")]
    assert not any(quote.startswith("reporters described") for _, quote in rows)


def test_a_clause_of_three_words_after_the_setting_is_what_was_said(nlp):
    """ "He said after the verdict that he would appeal": a clause of three words is said when it says something
    whole, but the one the parser hung on the setting's noun had no clause head for the cue to judge it by, and a
    "that" tagged as a relative pronoun read as a question ("who he was"), so neither was a quote."""
    rows = said_by(
        nlp,
        "Ilse Marrow, the defence lawyer, said outside the courthouse that she would appeal.",
        "Ilse Marrow said after the hearing that they would appeal.",
    )
    assert rows == [("Ilse Marrow", "she would appeal"), ("Ilse Marrow", "they would appeal")]
