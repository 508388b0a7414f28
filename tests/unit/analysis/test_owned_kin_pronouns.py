"""A relative of someone the story names, left unnamed ("Ruiz-Kell's father, reached by phone, said …"), is whom the
"he" or "she" of the quotation right after means, not the person whose relative they are (real pipeline; fictional
people and places)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

SENTENCED = "A Marine sergeant, Tomas Ruiz-Kell, was sentenced on Friday to six months for hazing a younger Marine."


def test_the_father_of_the_man_named_is_the_he_of_the_quotation_after(nlp):
    rows = said_by(
        nlp,
        SENTENCED,
        "Ruiz-Kell’s father, reached by phone in El Paso, said the family was relieved. "
        f"{L}My son wanted to be a Marine since he was nine years old,{R} he said.",
    )
    assert [speaker for speaker, _ in rows] == ["", ""]


def test_a_she_after_the_father_spoke_is_not_the_father(nlp):
    rows = said_by(
        nlp,
        "The sergeant’s lawyer, Dana Whitcroft-Bly, said she would appeal the sentence.",
        "Ruiz-Kell’s father, reached by phone in El Paso, said the family was relieved. "
        f"{L}This was a shove on a staircase,{R} she said.",
    )
    assert rows[-1][0] == "Dana Whitcroft-Bly"
