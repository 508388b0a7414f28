"""Profiles the earlier rounds left wrong (issue 15), each by its general pattern, on fictional text: a title opened
by "Under" before a name keeps that word; a role that names a central bank makes a central banker, an official; a lab
named for a field of study is a research body whose staff speak as experts, and one named for a brand stays a
company; the spokesperson of a state's armed forces known by their initials ("the IDF") is an official."""

from __future__ import annotations

from tests.quoting import quote_rows_of

_LEDE = "The government will change the rules on drone exports next year, officials said on Monday."
_BANK_LEDE = "The tolar fell to a record low against the euro on Tuesday, traders in Velmora said."


def _profiles(nlp, *paragraphs: str) -> list[tuple[str, str, str, str]]:
    rows = quote_rows_of(nlp, *paragraphs)
    return [(r["speaker"], r["speaker_kind"], r["role"], r["affiliation"]) for r in rows if r["paragraph"] == 1]


def test_under_before_a_secretary_s_title_stays_in_the_role(nlp):
    said = _profiles(
        nlp, _LEDE, "Under Secretary of Commerce Dana Whitfield said the rules would raise costs for small firms."
    )
    assert [(speaker, kind, role) for speaker, kind, role, _ in said] == [
        ("Dana Whitfield", "official", "Under Secretary of Commerce")
    ]


def test_a_central_bank_chief_is_an_official(nlp):
    said = _profiles(
        nlp, _BANK_LEDE, "Central bank chief Halvard Stenmo said the bank would raise its rates again next month."
    )
    assert [(speaker, kind) for speaker, kind, _, _ in said] == [("Halvard Stenmo", "official")]


def test_the_policy_lead_of_a_lab_named_for_a_field_is_an_analyst(nlp):
    said = _profiles(
        nlp,
        _LEDE,
        "Priya Lindqvist, policy lead at the Orrin Policy Lab, said the rules would raise costs for small firms.",
    )
    assert said == [("Priya Lindqvist", "analyst", "policy lead", "Orrin Policy Lab")]


def test_the_chief_executive_of_a_lab_named_for_a_brand_stays_other(nlp):
    said = _profiles(
        nlp, _LEDE, "Tomas Ferrand, chief executive of Kestrel Lab, said the rules would raise costs for small firms."
    )
    assert said == [("Tomas Ferrand", "other", "chief executive", "Kestrel Lab")]


def test_an_officer_named_as_the_spokesperson_of_armed_forces_known_by_initials_is_an_official(nlp):
    said = _profiles(
        nlp,
        "Strikes hit the port of Velna overnight, residents said.",
        "Rear Adm. Tomer Galvan, the IDF spokesperson, said the operation around the port would go on.",
    )
    assert [(speaker, kind, affiliation) for speaker, kind, _, affiliation in said] == [
        ("Tomer Galvan", "official", "IDF")
    ]
