"""A company officer's capitalised title before a given name and a joined surname the recogniser tagged an
organisation ("Chief Executive Maarten" + "Oosterwijk-Dahl"): the given name and the surname are one person, an
executive (kind other), not a company speaking as itself, and the surname alone later is the same person. A company
with a joined name stays a company. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    "text",
    [
        "Chief Executive Maarten Oosterwijk-Dahl told analysts on a conference call that the company would raise "
        "prices again in the autumn.",
        "Chief Executive Maarten Oosterwijk-Dahl said the brewer would cut 300 jobs.",
        "Chief Financial Officer Maarten Oosterwijk-Dahl said margins would recover next year.",
    ],
)
def test_a_capitalised_officer_title_opens_a_person(nlp, text):
    assert profiles_of(nlp, text)[0][:2] == ("Maarten Oosterwijk-Dahl", "other")


def test_the_surname_alone_later_is_the_same_executive(nlp):
    profiles = profiles_of(
        nlp,
        "Dutch brewer Kalverhaven Group said on Wednesday its profit fell.",
        "Chief Executive Maarten Oosterwijk-Dahl told analysts on a conference call that prices would rise again.",
        "Oosterwijk-Dahl said sales of the group's alcohol-free lager had grown by a quarter.",
    )
    assert [p[:2] for p in profiles[1:]] == [("Maarten Oosterwijk-Dahl", "other")] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hollen-Marsk Brewing said on Tuesday its sales in Europe had fallen for a third quarter.",
            "Hollen-Marsk Brewing",
        ),
        ("Brewing group Hollen-Marsk said on Tuesday its sales in Europe had fallen again.", "Hollen-Marsk"),
    ],
)
def test_a_company_with_a_joined_name_stays_a_company(nlp, text, name):
    assert profiles_of(nlp, text)[0][:2] == (name, "institution")
