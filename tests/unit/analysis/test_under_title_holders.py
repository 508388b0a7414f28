"""A title opened by a capitalised "Under" after the body that grants it is the person's, not the body's, though the
parser hangs the title and the name on the body by the preposition "under" (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_person_after_a_body_and_under_secretary_is_the_speaker(nlp):
    rows = said_by(nlp, "The sanctions would bite, Treasury Under Secretary Ruth Ellery told reporters.")
    assert rows == [("Ruth Ellery", "The sanctions would bite")]


def test_a_sentence_opened_by_under_names_no_title(nlp):
    rows = said_by(nlp, "Under the plan, Ruth Ellery said, taxes would rise.")
    assert [speaker for speaker, _ in rows] == ["Ruth Ellery"]


def test_an_under_secretary_set_off_by_a_who_clause_opening_the_sentence_is_the_speaker(nlp):
    rows = said_by(
        nlp, "Under Secretary Mark Dunmore, who oversees export controls, told reporters the rules had closed the gaps."
    )
    assert rows == [("Mark Dunmore", "the rules had closed the gaps")]
