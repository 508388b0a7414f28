"""A legislator's party label whose state the parser made the cue's subject ("Sen. X, D-Del., a member of …, said"):
the speaker is the legislator named before the label, never the state or the label."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("opening", "title", "label"),
    [
        ("Republicans were scathing.", "Sen.", "D-Del."),
        ("The decision drew quick reactions.", "Rep.", "D-Del."),
        ("Republicans were scathing.", "Sen.", "D-N.M."),
        ("The decision drew quick reactions.", "Rep.", "D-N.M."),
    ],
)
def test_a_legislator_before_a_label_and_a_description_is_the_speaker(nlp, opening, title, label):
    text = (
        f"{opening} {title} Nadia Berrocal-Penn, {label}, a member of the Foreign Relations Committee, said the "
        "department had made “the right call.”"
    )
    assert said_by(nlp, text) == [("Nadia Berrocal-Penn", "the department had made “the right call")]


def test_a_legislator_after_another_with_a_label_is_the_speaker(nlp):
    text = (
        "Sen. Oren Halbrook, R-Okla., said in a statement that the agency had been “caught napping.” Sen. Nadia "
        "Berrocal-Penn, D-Del., a member of the Foreign Relations Committee, said the department had made “the right "
        "call.”"
    )
    assert [speaker for speaker, _ in said_by(nlp, text)] == ["Oren Halbrook", "Nadia Berrocal-Penn"]


def test_a_state_that_speaks_as_itself_is_left_alone(nlp):
    text = "Delaware, a small state with a big port, said in a filing that the rule would cost it $40 million."
    assert [speaker for speaker, _ in said_by(nlp, text)] == ["Delaware"]
