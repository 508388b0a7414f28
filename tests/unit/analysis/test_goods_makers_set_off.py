"""A name set off after the maker of a good ("the drug's Swiss maker, Y,", "the vaccine's maker, Y,") is a company's
in every mention of the article, though the recogniser takes its other mentions for a person's: "Y said" after it is
the company as itself, and "A spokeswoman for Y, X," works there (`makers.made_by_company`,
`goods_makers_named`). The maker of a film is a person. Fictional companies and people."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_CASES = [
    (
        "The office said in its order that the drug's Swiss maker, Aldenmatt, had priced it so high that fewer than "
        "one in fifty patients who needed it could afford it.",
        "Aldenmatt",
    ),
    (
        "The office said in its order that the pill's Danish maker, Hallworth, had priced it so high that fewer than "
        "one in fifty patients who needed it could afford it.",
        "Hallworth",
    ),
    (
        "The agency said that the vaccine's maker, Kessling, had priced it so high that few clinics could buy it.",
        "Kessling",
    ),
    ("The ministry said that the vaccine's maker, Vantreux, had missed two deliveries this year.", "Vantreux"),
]


@pytest.mark.parametrize(("first", "name"), _CASES)
def test_the_maker_set_off_speaks_as_itself_later(nlp, first, name):
    rows = profiles_of(
        nlp,
        first,
        f'{name} said it was "deeply disappointed" and would challenge the order in court.',
        f"A spokeswoman for {name}, Simone Kaeslin-Brand, said the company had given the drug free to 4,000 patients "
        "in India last year through a programme run with hospitals.",
    )
    assert (name, "institution", "") in rows
    assert ("Simone Kaeslin-Brand", "other", name) in rows


def test_the_maker_of_a_film_stays_a_person(nlp):
    rows = profiles_of(
        nlp,
        "The festival said that the film's maker, Anna Rosvall-Ek, had cut ten minutes from it.",
        "Rosvall-Ek said she was pleased with the new ending.",
    )
    assert [(speaker, kind) for speaker, kind, _ in rows if speaker] == [("Anna Rosvall-Ek", "other")]
