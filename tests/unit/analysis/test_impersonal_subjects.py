"""The empty "it" of "it's safe to say", "it's fair to say" (texts of our own): the writer's judgement, said by no
one, and not a pronoun of the organisation named before it (a court, a poll); the "it" of a cleft sentence ("It was
at the conference that X delivered …, pointing to …") stands for the subject of its "that" clause."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_it_of_safe_to_say_is_no_organisation(nlp):
    rows = said_by(
        nlp,
        "After the Supreme Court of Nevada failed to rule on Governor Halvorsen's plan to delay the runoff, Greaves "
        f"said the deadlock has {L}kept the vote honest{R} on Twitter. Given his past remarks, it's safe to say he's "
        "referring to the idea of closing the polls early.",
        "Vellacott leads by a net seven points in the Harlow Poll, though it's fair to say part of the reason is "
        "that she has drawn far less scrutiny.",
    )
    assert all(speaker in ("Greaves", "") for speaker, _ in rows)


def test_the_it_of_a_cleft_sentence_is_the_subject_of_its_that_clause(nlp):
    rows = said_by(
        nlp,
        "Pastor Ray Fenwick spoke at the Heartland Faith Liberty Conference in Dunmore last fall.",
        "It was at the conference that Fenwick delivered his tirade against a popular cartoon in a rambling speech, "
        f"pointing to the creator's 2011 remark that she always thought of the hero as {L}a lonely man.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Ray Fenwick"]


def test_the_it_of_a_body_quick_to_say_still_speaks(nlp):
    rows = said_by(
        nlp,
        "The Harlow County Board of Elections rejected the complaint on Monday. It was quick to say that the "
        f"count had been {L}fair and complete.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Harlow County Board of Elections"]
