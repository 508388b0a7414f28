"""The lexicons of peoples, regions, creeds and parties: a word in one group, each reader takes the union it wants."""

from __future__ import annotations

from itertools import combinations

from dashboard.analysis.peoples import CREEDS, PARTIES, PEOPLES, REGIONS, a_people


def test_no_word_is_in_two_groups():
    groups = {"peoples": PEOPLES, "regions": REGIONS, "creeds": CREEDS, "parties": PARTIES}
    assert not {
        f"{a}/{b}: {sorted(groups[a] & groups[b])}" for a, b in combinations(groups, 2) if groups[a] & groups[b]
    }


def test_a_people_is_named_in_any_case_and_number_but_a_region_is_none():
    assert [a_people(w) for w in ("Serbs", "Kurdish", "TAMIL", "European", "Sunni", "Gulf")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
