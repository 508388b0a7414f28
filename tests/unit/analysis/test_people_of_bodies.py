"""A person named with their body after "of" (texts of our own): "Professor X of Y University noted" is the person
speaking with the university as affiliation, even when the parser makes the university's name the subject."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_professor_of_a_university_is_the_speaker_not_the_university(nlp):
    rows = said_by(
        nlp,
        "Professor Emre Balcıoğlu of Ankara Commerce University noted that the line could later be linked to the "
        "northern gas hub.",
    )
    assert [speaker for speaker, _ in rows] == ["Emre Balcıoğlu"]


def test_a_body_with_of_in_its_own_name_still_speaks(nlp):
    rows = said_by(nlp, "The Bank of Norland said in a statement that rates would stay on hold until the spring.")
    assert [speaker for speaker, _ in rows] == ["Bank of Norland"]
