"""A person set beside "one of" a group ("X, one of the company's two co-chief executives,") is described by the
group's plural role noun and its owner (quotes/one_of_roles.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_one_of_the_companys_chiefs_is_the_companys(nlp):
    found = profiles_of(
        nlp,
        "Streamwell raised its prices on Tuesday.",
        "Dana Whitlock, one of the company's two co-chief executives, told investors on a call that live sport had "
        "brought in new viewers.",
    )
    assert ("Dana Whitlock", "other", "Streamwell") in found


def test_one_of_a_banks_economists_is_an_analyst(nlp):
    found = profiles_of(nlp, "Tom Hale, one of the economists at Norbank, said rates would fall before the summer.")
    assert ("Tom Hale", "analyst", "Norbank") in found
