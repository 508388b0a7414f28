"""A cue with no subject of its own after two joined clauses, the second opened by a kin noun set off by a relative
clause ("She wants to leave, and her father, who drove a truck until a crash hurt his back, says he will not stop
her"): the parser may take the end of the relative clause for the second clause's verb and hang both clauses on the
cue, so the speaker is that second subject, not the first one, and the clauses before the cue are narration
(lost_subjects.subject_of_first_verb)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("father", "daughter", "aside"),
    [
        ("Torvald Brennecke", "Bronwen", "who hauled grain until a crash in 1988 broke his back"),
        ("Bogumil Ostrowiak", "Aoibheann", "who rode bulls until a fall in 1994 broke his wrist"),
        ("Ruaridh Penhallow-Stroud", "Sorcha", "who fished the coast until a storm in 2001 sank his boat"),
    ],
)
def test_the_kin_set_off_by_a_relative_clause_speaks(nlp, father, daughter, aside):
    rows = said_by(
        nlp,
        f"BRANDVIK, Alta. — {father} has farmed barley near the river for 40 years. {L}It is a hard living,{R} he "
        f"says. His daughter, {daughter}, 22, wants to study law in Calgary. {L}I want to see a city,{R} "
        f"{daughter} says.",
        f"She wants to leave, and her father, {aside}, says he will not stop her. {L}I told her to go,{R} he says.",
    )
    assert rows[-2] == (father, "he will not stop her")
    assert rows[-1] == (father, f"{L}I told her to go,{R}")


def test_a_second_clause_with_no_relative_clause_is_left_alone(nlp):
    paragraphs = (
        f"BRANDVIK, Alta. — Torvald Brennecke has farmed barley near the river for 40 years. {L}It is a hard "
        f"living,{R} he says. His daughter, Tamsin, 22, wants to study law in Calgary. {L}I want to see a "
        f"city,{R} Tamsin says.",
        "Tamsin has applied to three schools, has sold her horse and says she will leave in August.",
    )
    assert said_by(nlp, *paragraphs)[-1] == ("Tamsin", "she will leave in August")
