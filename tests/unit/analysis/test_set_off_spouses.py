"""A couple brought in as a name and a spouse set off after it ("Gord Vesterholm and his wife, Lina,"): "Her husband
said" after the woman spoke is the man named, and the "he said" after him is his (set_off_spouses.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

COUPLE = "Gord Vesterholm and his wife, Lina, were the fourth car in line at the checkpoint. "


def test_her_husband_is_the_man_named_before_his_wife(nlp):
    rows = said_by(
        nlp,
        COUPLE + f"{L}We just held each other,{R} Lina Vesterholm said. Her husband said he had packed the truck in "
        f"20 minutes. {L}You are not calm,{R} he said.",
    )
    assert [speaker for speaker, _ in rows] == ["Lina Vesterholm", "Gord Vesterholm", "Gord Vesterholm"]


def test_a_wife_set_off_by_her_own_full_name(nlp):
    rows = said_by(
        nlp,
        "Kwabena Osei-Blackwood and his wife, Marisol Quennell, run the bakery on Torvik Street. "
        f"{L}We never closed, not once,{R} Quennell said. Her husband said the ovens had run day and night.",
    )
    assert [speaker for speaker, _ in rows] == ["Marisol Quennell", "Kwabena Osei-Blackwood"]


def test_a_daughter_set_off_makes_no_husband(nlp):
    rows = said_by(
        nlp,
        "Gord Vesterholm and his daughter, Lina, were the fourth car in line at the checkpoint. "
        f"{L}We just held each other,{R} Lina Vesterholm said. Her husband said he had packed the truck.",
    )
    assert "Gord Vesterholm" not in [speaker for speaker, _ in rows]
