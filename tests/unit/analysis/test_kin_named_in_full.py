"""A relative introduced by a given name alone ("his daughter, Saba,") and named in full later with the family's
surname ("Saba Woldegiorgis starts nursing school") is one person, so "Her father" after the later name is the man
"his" meant (the cases are in test_kin_subjects_before_pronouns.py); one named later with another surname is not tied
so (kin_named_in_full.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_MAYOR = f"Mayor Glen Rasmussen-Hale says the town has grown. {L}We still need houses,{R} he says."


def test_a_woman_of_another_surname_is_not_his_daughter(nlp):
    rows = said_by(
        nlp,
        f"Tesfalem Woldegiorgis, 51, pushes a cart with his daughter, Saba, 19. {L}I knew two people,{R} he says.",
        _MAYOR,
        f"Saba Haile starts nursing school in September. She says she will come back. Her father is not so sure. "
        f"{L}She says that now,{R} he says.",
    )
    assert rows[-1][0] != "Tesfalem Woldegiorgis"
