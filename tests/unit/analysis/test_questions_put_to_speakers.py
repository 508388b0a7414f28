"""A question put to a person is no quote of theirs: set off by commas before what they did next ("Ann Roe, asked
whether she had read the audit, smiled."), also when the parser hangs the question's closing comma on the question
itself; or opening the sentence before a verb that closes it ("Asked backstage what comes next, Ann laughed."), also
when the parser hangs "Asked" on the next word as a modifier (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_question_set_off_after_the_person_is_no_quote_of_theirs(nlp):
    rows = said_by(
        nlp,
        "Kessler-Vane, asked whether he had seen the studio’s final cut, smiled. “I’ve seen a cut,” the director said.",
    )
    assert [quote for _, quote in rows if "final cut" in quote] == []


def test_a_question_that_opens_the_sentence_is_no_quote_of_the_one_who_laughs(nlp):
    rows = said_by(nlp, "Asked backstage what comes next, Kayleigh laughed. “Sleep,” she said.")
    assert rows == [("Kayleigh", "“Sleep,”")]
