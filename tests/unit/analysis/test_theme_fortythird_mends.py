"""Themes of the mends after the forty-third probe batch (long-form foreign-policy analysis and think-tank
commentary): a treaty on intermediate-range missiles and talks on strategic arms are military though they name no
weapon; a tri-service command is the armed forces; "alliance politics" among allied states is diplomacy, not only the
alliance's defence. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

TREATY = [
    "For forty years the two powers of the Varn Sea kept their rivalry within limits written on paper.",
    "Then Ostrava walked out of the intermediate-range accord in 2031, and Kelmar followed a year later.",
]


def test_an_intermediate_range_treaty_is_military(nlp, themes):
    walked = article(themes, nlp, "The end of an accord", TREATY)[1]
    assert "military" in walked, walked


LIMITS = [
    "For forty years the two powers of the Varn Sea kept their rivalry within limits written on paper.",
    "The strategic arms talks that Ostrava and Kelmar opened in 2019 have not met since the spring.",
]


def test_strategic_arms_talks_are_military(nlp, themes):
    stalled = article(themes, nlp, "The end of the talks", LIMITS)[1]
    assert "military" in stalled, stalled


COAST = [
    "The next quarrel between Ostrava and Kelmar may come at sea rather than in the mountains.",
    "Kelmar's research vessels have twice mapped the seabed near Port Liss, where Ostrava keeps its only tri-service "
    "command.",
]


def test_a_tri_service_command_is_military(nlp, themes):
    mapped = article(themes, nlp, "A quarrel at sea", COAST)[1]
    assert "military" in mapped, mapped


ALLIES = [
    "The northern allies have raised their defence budgets faster than anyone expected.",
    "Alliance politics will set the pace now. Norway spends more than 3 percent of GDP on its armed forces, while "
    "Portugal and Italy have argued for a slower path; the gap between them is becoming a political fault line inside "
    "the alliance.",
]


def test_alliance_politics_is_diplomacy(nlp, themes):
    quarrel = article(themes, nlp, "The allies' quarrel over money", ALLIES)[1]
    assert "diplomacy" in quarrel, quarrel
