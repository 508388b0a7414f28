"""A body of an organisation's pilots, workers or staff named after it ("the Kelvair Pilots Association", "the Norvane
Workers' Union"; texts of our own): the organisation's own short name ("Kelvair said") stays the organisation, and
"Its chief executive" and "a spokesman for the carrier" stay tied to it, while the union speaks as itself."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_airline_named_short_before_its_pilots_association(nlp):
    rows = profiles_of(
        nlp,
        "Brovair, which flies 24 of the jets, said it expected to put them back on its routes by the end of January.",
        "Its chief executive, Olav Tessaro-Quinn, said the grounding had cost the airline about C$310 million.",
        "Ada Pellew-Marsh, a spokeswoman for the carrier, said passengers could switch flights free of charge.",
        "Capt. Rune Abernath-Lowe, president of the Brovair Pilots Association, said its pilots were ready to fly.",
    )
    assert rows == [
        ("Brovair", "institution", ""),
        ("Olav Tessaro-Quinn", "other", "Brovair"),
        ("Ada Pellew-Marsh", "other", "Brovair"),
        ("Rune Abernath-Lowe", "other", "Brovair Pilots Association"),
    ]


def test_a_company_named_short_again_after_its_workers_union_spoke(nlp):
    rows = profiles_of(
        nlp,
        "Tessvik said on Monday it would close two plants in the north.",
        "The Tessvik Workers' Union said its members would strike.",
        "Tessvik said later that no jobs would go.",
    )
    assert rows == [
        ("Tessvik", "institution", ""),
        ("Tessvik Workers' Union", "institution", ""),
        ("Tessvik", "institution", ""),
    ]


def test_a_short_name_still_stands_for_the_company_it_opens(nlp):
    rows = profiles_of(
        nlp,
        "Harvel Securities cut its forecast on Monday.",
        "The Harvel Workers' Union said its members would strike.",
        "Harvel said later that no jobs would go.",
    )
    assert rows[-1] == ("Harvel Securities", "institution", "")
