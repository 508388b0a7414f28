"""A "he" or "she" subject after a sentence whose subject is a kin noun with no name ("Her father is not so sure.
“…,” he says") stands for the person that kin noun is, when the article tied the two ("his daughter, Saba," and then
Saba's "She says …", also when she is named in full later with the family's surname: kin_named_in_full.py): the
father, not the last man who spoke (antecedents.named_subject_before)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

_MAYOR = f"Mayor Glen Rasmussen-Hale says the town has grown. {L}We still need houses,{R} he says."


@pytest.mark.parametrize(
    ("father", "daughter", "later"),
    [
        ("Tesfalem Woldegiorgis", "Saba", "Saba"),
        ("Bogdan Kravets", "Oksana", "Oksana"),
        ("Rahim Sadozai", "Nadia", "Nadia"),
        # named in full later with the family's surname: one person still (kin_named_in_full.py)
        ("Tesfalem Woldegiorgis", "Saba", "Saba Woldegiorgis"),
        ("Bogdan Kravets", "Oksana", "Oksana Kravets"),
        ("Rahim Sadozai", "Nadia", "Nadia Sadozai"),
    ],
)
def test_the_pronoun_after_her_father_is_her_father(nlp, father, daughter, later):
    rows = said_by(
        nlp,
        f"{father}, 51, pushes a cart with his daughter, {daughter}, 19. {L}I knew two people,{R} he says.",
        _MAYOR,
        f"{later} starts nursing school in September. She says she will come back. Her father is not so sure. "
        f"{L}She says that now,{R} he says.",
    )
    assert rows[-1] == (father, f"{L}She says that now,{R}")


def test_a_kin_noun_the_article_ties_to_no_one_leaves_the_pronoun_alone(nlp):
    rows = said_by(
        nlp,
        _MAYOR,
        f"Saba starts nursing school in September. She says she will come back. Her father is not so sure. {L}She "
        f"says that now,{R} he says.",
    )
    assert rows[-1][0] == "Glen Rasmussen-Hale"
