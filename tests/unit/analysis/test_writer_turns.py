"""The writer's own turns in a conversation ("“…?” I ask.", "we asked: “…”") are no one's quote, and the next cue
does not take them (writer_turns)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_writers_question_is_not_taken_by_the_answer_after_it(nlp):
    said = said_by(
        nlp,
        "Dora Fenn closes the till at six.",
        f"She counts the coins twice. {L}Same hours on Sunday?{R} I ask. {L}Sunday is for my garden,{R} she says. "
        f"{L}Ask me again in May.{R}",
    )
    assert [q for _, q in said] == [f"{L}Sunday is for my garden,{R} {L}Ask me again in May.{R}"]


def test_what_we_asked_after_a_colon_is_no_ones(nlp):  # a guard: right before as after
    said = said_by(
        nlp,
        "Dora Fenn closes the till at six.",
        f"We asked her: {L}Will the shop stay open next year?{R} {L}As long as my knees hold,{R} Fenn said.",
    )
    assert [q for s, q in said if s] == [f"{L}As long as my knees hold,{R}"]


def test_an_i_inside_someone_elses_quotation_is_theirs(nlp):  # a guard: no writer inside marks
    said = said_by(
        nlp,
        "Dora Fenn closes the till at six.",
        f"{L}I told them, {L}Never again,{R} and I meant it,{R} Fenn says.",
    )
    assert [s for s, _ in said] == ["Dora Fenn"]
