"""A property developer's possessive before a company officer's role ("The developer's managing director, X,", "X, the
homebuilder's chief executive,") means the company the story named, as "the miner's chief executive" does; "the
developer" alone, set beside a name, stays that person's description. Fictional sentences on the real spaCy
pipeline."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_OPENING = "Corrandale Property Group, which has nine unfinished towers, said it would ask the fund for a loan."


@pytest.mark.parametrize(
    "text",
    [
        "The developer's managing director, Oriel Banfield-Matu, said work had stopped when banks refused to lend.",
        "Oriel Banfield-Matu, the developer's chief executive, said buyers would get their flats by 2028.",
        "The homebuilder's founder, Oriel Banfield-Matu, said the company had never missed a payment.",
        "The housebuilder's finance director, Oriel Banfield-Matu, said sales had halved.",
    ],
)
def test_a_role_the_developer_owns_is_the_companys_named_before(nlp, text):
    assert ("Oriel Banfield-Matu", "other", "Corrandale Property Group") in profiles_of(nlp, _OPENING, text)


def test_the_developer_alone_beside_a_name_names_no_company(nlp):
    text = "The developer, Oriel Banfield-Matu, said work had stopped when banks refused to lend."
    assert ("Oriel Banfield-Matu", "other", "") in profiles_of(nlp, _OPENING, text)
