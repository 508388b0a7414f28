"""A company named right after the noun of its trade, that noun owned by a place ("the region's transport company
STAB"), speaks as itself, though the recogniser leaves its name untagged (fictional texts)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_company_after_a_place_s_trade_noun_speaks_as_itself(nlp):
    paragraph = "The new tram line will open in 2031, the region's transport company STAB said on Monday."
    assert profiles_of(nlp, paragraph) == [("STAB", "institution", "")]


def test_a_person_after_a_place_s_trade_of_people_stays_a_person(nlp):
    paragraph = "The wind was too strong to lift the beams, the port's crane operator Tom Hale said on Monday."
    assert [speaker for speaker, _, _ in profiles_of(nlp, paragraph)] == ["Tom Hale"]
