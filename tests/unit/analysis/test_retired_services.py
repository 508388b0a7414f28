"""A "Retired" or "Former" that opens a force's name as the recogniser tags it ("Retired Army Col. X") is no part of
the organisation's name; a name that goes on with no force after it keeps it (fictional)."""

from __future__ import annotations

from dashboard.analysis.entities import mentions
from dashboard.analysis.retired_services import without_status_word


def test_retired_before_a_force_is_no_part_of_its_name(nlp):
    doc = nlp("Retired Army Col. Tom Hale said the new drones would change how battalions scout.")
    orgs = [m.text for m in mentions([doc]) if m.label == "ORG"]
    assert orgs == ["Army"]


def test_former_before_no_force_stays_in_the_name(nlp):
    doc = nlp("The Former Pupils Union of Dunmere said the school would stay open.")
    assert without_status_word(doc[1:6]).text == "Former Pupils Union of Dunmere"
