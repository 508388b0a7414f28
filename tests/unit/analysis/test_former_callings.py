"""One who once followed a private calling that no list of offices knows ("a former neurosurgeon", "a former beauty
pageant winner", "a former television anchor", "a former football star") or worked a trade ("a former welder", "a
former truck driver") is a private person, `other`, as "a former chief executive" is; a former official, central
banker, diplomat, adviser, agent or speechwriter still speaks as an expert, and so does a role cut down to a place's
name (quotes/former_callings.py, quotes/kinds.py). Fictional texts."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.kinds import kind_of
from tests.quoting import profiles_of

#: (the paragraph, the speaker) of a former private calling or trade.
CALLINGS = [
    (
        "Ansel Creake sleeps at the church most nights. “I lost the house in a month,” says Ansel, a former welder who "
        "now volunteers at the shelter.",
        "Ansel Creake",
    ),
    ("“The ambulance took forty minutes,” said Dorrit Vayle, a former paramedic.", "Dorrit Vayle"),
    ("“Nobody here can pay that rent,” said Hesketh Marrow, a former electrician.", "Hesketh Marrow"),
    ("“The mill was the town,” said Pim Quarrie, a former coal miner who now drives a school bus.", "Pim Quarrie"),
    ("“We fought that fire for three days,” said Odile Strand, a former firefighter.", "Odile Strand"),
    ("“I drove that road for twenty years,” said Lucan Tabb, a former truck driver.", "Lucan Tabb"),
    ("“The plan would close rural hospitals,” said Teodric Vallance, a former neurosurgeon.", "Teodric Vallance"),
    (
        "“I have seen what the pageant does to girls,” said Mirela Oskvist, a former beauty pageant winner.",
        "Mirela Oskvist",
    ),
    ("“The newsroom was gutted in a year,” said Banning Throll, a former television network anchor.", "Banning Throll"),
    ("“The league knew about the injuries,” said Sefa Wrenmore, a former football star.", "Sefa Wrenmore"),
    ("“Nobody reads the long pieces now,” said Orrin Castellow, a former magazine correspondent.", "Orrin Castellow"),
]

#: (the paragraph, the speaker, the kind) of former officials and public servants, whose kind must not change.
NEAR_MISSES = [
    ("“Rates will stay high,” said Fenwick Orrel, a former central banker.", "Fenwick Orrel", "analyst"),
    (
        "“The talks will fail,” said Fenwick Orrel, a former ambassador who now teaches at a university.",
        "Fenwick Orrel",
        "analyst",
    ),
    ("“The budget is a mess,” said Fenwick Orrel, a former finance minister.", "Fenwick Orrel", "analyst"),
    ("“The talks will stall,” said Ludmila Parrane, a former ambassador to Ostland.", "Ludmila Parrane", "analyst"),
    ("“The detail was never told,” said Cassius Fenholt, a former intelligence agent.", "Cassius Fenholt", "analyst"),
    ("“He rewrote every line,” said Imke Dorrance, a former presidential speechwriter.", "Imke Dorrance", "analyst"),
    (
        "“The deficit will grow,” said Yarrow Pellison, a former senior adviser to the prime minister.",
        "Yarrow Pellison",
        "analyst",
    ),
    ("“The hospital must stay open,” said Teodric Vallance, a former health minister.", "Teodric Vallance", "analyst"),
]


@pytest.mark.parametrize(("text", "speaker"), CALLINGS)
def test_a_former_private_calling_is_other(nlp, text, speaker):
    found = profiles_of(nlp, text)
    assert [kind for name, kind, _ in found if name == speaker] == ["other"], found


@pytest.mark.parametrize(("text", "speaker", "kind"), NEAR_MISSES)
def test_a_former_public_servant_is_still_an_analyst(nlp, text, speaker, kind):
    found = profiles_of(nlp, text)
    assert [found_kind for name, found_kind, _ in found if name == speaker] == [kind], found


@pytest.mark.parametrize(
    ("role", "affiliation", "kind"),
    [
        ("former neurosurgeon", "", "other"),
        ("former first lady", "", "other"),
        ("former Ostland", "Ostland", "analyst"),  # cut from "former Ostland Gov. X": a place's name only
        ("former chief executive", "", "other"),
        ("former economist", "", "analyst"),
        ("former intelligence agent", "", "analyst"),
    ],
)
def test_kind_of_a_former_role(role, affiliation, kind):
    assert kind_of(role, affiliation) == kind
