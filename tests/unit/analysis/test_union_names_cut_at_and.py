"""A union named "the X and Y Workers", which the recogniser cuts at "and" (the first part an organisation, the rest a
person's name) and the parser reads as two subjects, speaks under its whole name, and a local president tied to it by
"Its" is the whole union's; two companies joined by "and" still speak together. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_union_of_mine_and_mill_workers_speaks_under_its_whole_name(nlp):
    found = profiles_of(
        nlp,
        "The United Mine and Mill Workers, which has 1,200 members in the province, said the strike would go on.",
    )
    assert found == [("United Mine and Mill Workers", "institution", "")]


def test_its_local_president_is_the_whole_unions(nlp):
    found = profiles_of(
        nlp,
        "The Allied Mine and Mill Workers, which represents 640 workers at the smelter, said none of its members "
        "would lose pay.",
        "Its local president, Renée Theriault-Oakes, said workers had raised concerns with managers last winter.",
    )
    assert found == [
        ("Allied Mine and Mill Workers", "institution", ""),
        ("Renée Theriault-Oakes", "other", "Allied Mine and Mill Workers"),
    ]


def test_two_companies_joined_by_and_still_speak_together(nlp):
    found = profiles_of(nlp, "The Harbor Re and Vale Re said their losses from the storm would be small.")
    assert found == [("Harbor Re and Vale Re", "institution", "")]
