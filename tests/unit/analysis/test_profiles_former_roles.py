""" "former" makes an expert of one whose past role was a public office ("a former foreign minister", "a former
senator"), as GUIDELINES.md counts former officials speaking as experts; a former actor, reporter or chief executive
is what that past role made them, `other`, unless a research body is theirs now (quotes/kinds.py). Fictional
texts."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_former_foreign_minister_is_an_analyst(nlp):
    found = profiles_of(nlp, "Tomas Rell, a former foreign minister, said the treaty would not survive the winter.")
    assert ("Tomas Rell", "analyst", "") in found


def test_a_former_actor_is_other(nlp):
    found = profiles_of(nlp, "Daisy Koval, a former actor, said the show had paid her almost nothing.")
    assert ("Daisy Koval", "other", "") in found


def test_a_former_reporter_is_other(nlp):
    found = profiles_of(nlp, "Lewis Harte, a former reporter, said he would run for the seat in the spring.")
    assert ("Lewis Harte", "other", "") in found


def test_a_former_lawyer_at_a_think_tank_is_an_analyst(nlp):
    found = profiles_of(
        nlp, "Ines Varga, a former lawyer who is now a fellow at the Halden Policy Institute, said the bill was weak."
    )
    assert [kind for speaker, kind, _ in found if speaker == "Ines Varga"] == ["analyst"]


def test_a_former_chief_executive_of_a_company_is_other(nlp):
    found = profiles_of(
        nlp, "Ana Pruitt, the former chief executive of Vellum Paper, said the mill had been losing money for years."
    )
    assert ("Ana Pruitt", "other", "Vellum Paper") in found
