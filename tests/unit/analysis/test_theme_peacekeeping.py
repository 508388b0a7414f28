"""Themes of peacekeeping and the UN's council: a peacekeeping mission that a council mandates, the consent of the
host state it deploys in and the council's permanent members are words of diplomacy, beside the military that the
peacekeepers carry; a town's or a fair's own "security council" is a local board and no diplomacy, while the UN's,
a state's and a national one keep theirs. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels
from dashboard.analysis.themes.local_councils import local_councils
from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "A peacekeeping mission needs the consent of the host state, which can withdraw it at any time.",
        "Two of the permanent members abstained, and the peacekeeping operation was cut by a third.",
    ],
)
def test_a_peacekeeping_mission_its_host_state_and_the_permanent_members_are_diplomacy(themes, nlp, text):
    assert "diplomacy" in labels(themes.score(nlp(text))), text


def test_the_peacekeepers_themselves_stay_military(themes, nlp):
    found = labels(themes.score(nlp("Peacekeepers of the mission returned fire when gunmen attacked their camp.")))
    assert "military" in found, found


def test_a_campus_security_council_is_no_diplomacy(themes, nlp):
    text = "Members of the campus security council met the mayor and agreed to meet again after the fair."
    assert "diplomacy" not in labels(themes.score(nlp(text))), text


def test_a_fairs_security_council_in_a_town_story_is_no_diplomacy(nlp, themes):
    (fair,) = article(
        themes,
        nlp,
        "Town gets ready for summer fair",
        ["The town's new festival security council met on Monday to plan barriers for the 30,000 visitors."],
    )
    assert "diplomacy" not in fair, fair


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council met on Monday to discuss the border clashes.",
        "Russia's Security Council met on Monday to discuss the border clashes.",
        "The national security council met on Monday to discuss the border clashes.",
    ],
)
def test_the_un_and_a_states_security_council_are_not_masked(nlp, text):
    assert local_councils(nlp(text)) == []


def test_only_the_local_bodys_name_is_masked(nlp):
    doc = nlp("The campus security council met.")
    assert [doc[start:end].text for start, end in local_councils(doc)] == ["security council"]


def test_blue_helmets_are_peacekeepers(themes, nlp):
    found = labels(themes.score(nlp("The blue helmets left the town on Friday after six years.")))
    assert "military" in found, found


def test_a_field_hospital_goes_on_with_a_war_but_is_no_war_alone(themes, nlp):
    story = [
        "Rebels shelled the port city of Kasso for a third day on Tuesday, killing at least 20 people.",
        "A second field hospital will open on Friday beside the stadium, the health ministry said.",
    ]
    (_, hospital) = article(themes, nlp, "Rebels shell port city for third day", story)
    assert "military" in hospital, hospital
    alone = labels(themes.score(nlp("A field hospital opened beside the stadium for the victims of the quake.")))
    assert "military" not in alone, alone
