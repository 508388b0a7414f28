"""A reported clause whose verb the speaker left out ("said she would, “as long as …”", "says it could, but only …",
"said he would not") is what was said, with the condition or limit set off after it (elided_clauses.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_quotation_after_an_elided_answer_is_the_answer(nlp):
    rows = said_by(
        nlp,
        "Asked whether she would back the water levy, Councillor Maribeth Quorndale-Ives said she would, "
        f"{L}as long as the money stays in the valley.{R}",
    )
    assert [s for s, q in rows if "money stays in the valley" in q] == ["Maribeth Quorndale-Ives"]
    assert not [q for _, q in rows if q.strip() == "she would"]


def test_the_limit_set_off_after_an_elided_clause_is_said(nlp):
    rows = said_by(
        nlp,
        "Tobiah Wrenfield-Azar, who teaches town planning at a college in Lethbridge, says it could, but only on "
        "land the province already owns.",
    )
    assert [s for s, q in rows if "it could, but only on land" in q] == ["Tobiah Wrenfield-Azar"]


def test_the_condition_set_off_after_an_elided_clause_is_said(nlp):
    rows = said_by(
        nlp,
        "The mayor, Ottoline Brackwater, says the county cannot pay for the bridge on its own.",
        "The ministry says the county has not yet applied. Brackwater insists the county will, once it knows what "
        "the repairs would cost.",
    )
    assert [s for s, q in rows if "the county will, once it knows" in q] == ["Ottoline Brackwater"]


def test_an_elided_answer_of_three_words_to_an_opening_question_is_said(nlp):
    rows = said_by(
        nlp,
        "Asked whether he would sign the pledge on tolls, Sen. Corwin Haldane-Pryce, the Republican running for "
        "governor, said he would not.",
    )
    assert [s for s, q in rows if "would not" in q] == ["Corwin Haldane-Pryce"]


def test_an_elided_clause_the_writer_goes_on_from_says_nothing(nlp):
    rows = said_by(nlp, "Corwin Haldane-Pryce said he would, and the crowd in the gym cheered for a long time.")
    assert not [q for _, q in rows if "crowd" in q or q.strip() == "he would"]


def test_an_elided_clause_quoted_before_the_cue_takes_nothing_after_it(nlp):
    rows = said_by(nlp, f"{L}I would,{R} Corwin Haldane-Pryce said to the cameras. {L}I would, Ottoline.{R}")
    assert not [q for _, q in rows if "cameras" in q]
