"""One named inside the question put to a speaker ("Asked whether Ruritania would ask Chad for help, she said …") is
no antecedent of the answer's pronoun: the pronoun is the one who answers, named before (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_country_named_in_the_question_is_not_the_answer_s_she(nlp):
    rows = said_by(
        nlp,
        f"Ghana’s interior minister, Abena Osei-Lindgren, told reporters in Accra that the police would not pay "
        f"{L}men who rob buses.{R} Asked whether Ghana would ask Chad for help at the border, she said talks had "
        "begun.",
    )
    assert [speaker for speaker, _ in rows] == ["Abena Osei-Lindgren"] * 2


def test_a_person_named_in_the_question_is_not_the_answer_s_he(nlp):
    rows = said_by(
        nlp,
        "The club’s manager, Denis Aubertin-Kale, told reporters that the squad was tired after the trip. Asked "
        "whether the club would sell Omar Lindqvist-Baye, he said no offer had come in.",
    )
    assert [speaker for speaker, _ in rows] == ["Denis Aubertin-Kale"] * 2


def test_the_one_asked_is_still_the_answer_s_he(nlp):
    rows = said_by(
        nlp,
        f"When I asked Tomas Berglund-Ray if he would back the levy, he grinned and said, {L}Ask me in May.{R}",
        f"When Berglund-Ray was asked whether Ines Darrow-Kite would run, he laughed and said, {L}Ask her.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Tomas Berglund-Ray"] * 2
