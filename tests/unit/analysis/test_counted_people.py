"""A person named after "one of them," with the occupation before an untagged name ("One of them, retired nurse Gwen
Harlow, said") is the speaker, not an unnamed one of a group (fictional texts)."""

from __future__ import annotations

from tests.quoting import said_by


def test_an_occupation_and_a_name_set_off_after_one_of_them_name_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Dozens of tenants were evicted. One of them, retired nurse Gwen Harlow of Dayton, Ohio, said she had lost "
        "her savings. “It was all I had,” Harlow said.",
    )
    assert rows == [("Gwen Harlow", "she had lost her savings"), ("Gwen Harlow", "“It was all I had,”")]


def test_one_teacher_named_after_one_of_them_speaks(nlp):
    rows = said_by(nlp, "Parents gathered at the gate. One of them, teacher Ana Ruiz, said the school was unsafe.")
    assert rows == [("Ana Ruiz", "the school was unsafe")]


def test_a_list_of_people_after_two_of_them_stays_an_unnamed_group(nlp):
    rows = said_by(nlp, "Two of them, teachers Ana Ruiz and Joel Marsh, said the school was unsafe.")
    assert rows == [("", "the school was unsafe")]
