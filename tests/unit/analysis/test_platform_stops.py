"""The platform X named at the end of a sentence ends the sentence; a pronoun after it is the speaker before it, and an
initial X stays an initial (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_pronoun_after_a_post_on_x_is_the_speaker_before_it(nlp):
    paragraph = (
        "“The border crossing will reopen on Monday,” Interior Minister Dalia Ferreyra wrote on X. She added that "
        "trucks carrying food would be let through first."
    )
    assert said_by(nlp, paragraph) == [
        ("Dalia Ferreyra", "“The border crossing will reopen on Monday,”"),
        ("Dalia Ferreyra", "trucks carrying food would be let through first"),
    ]


def test_a_pronoun_after_a_video_shared_via_x_is_the_speaker_before_it(nlp):
    paragraph = "“We will not stop,” Tomas Ruell said in a video shared via X. He added that the vote had been rigged."
    assert said_by(nlp, paragraph) == [
        ("Tomas Ruell", "“We will not stop,”"),
        ("Tomas Ruell", "the vote had been rigged"),
    ]


def test_an_initial_x_stays_part_of_the_name(nlp):
    rows = said_by(nlp, "Francis X. Oyelaran said the talks on the border would resume in May.")
    assert [speaker for speaker, _ in rows] == ["Francis X. Oyelaran"]
