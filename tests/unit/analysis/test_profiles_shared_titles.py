"""A person set beside "one of" a group ("X, one of the company's two co-chief executives,") is described by the
group's plural role noun and its owner (quotes/one_of_roles.py), unless a title of office stands before the name or
the group is placed "in" something ("one of the best-known presenters in British radio"); a title two people share
("the co-chief executive", "the other co-chief executive") serves the body the title alone serves
(quotes/shared_titles.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of

_RESULTS = "Corvane Media raised its monthly prices in Canada on Tuesday after adding four million subscribers."


def test_one_of_the_companys_co_chief_executives_is_the_companys(nlp):
    found = profiles_of(
        nlp,
        _RESULTS,
        "Ada Kestrel, one of the company's two co-chief executives, told investors on a call that live concerts had "
        "brought in new viewers.",
    )
    assert ("Ada Kestrel", "other", "Corvane Media") in found


def test_the_other_co_chief_executive_is_the_companys(nlp):
    found = profiles_of(
        nlp,
        _RESULTS,
        "Tobias Marlowe, the other co-chief executive, said the company would spend more on films next year.",
    )
    assert ("Tobias Marlowe", "other", "Corvane Media") in found


def test_a_title_of_office_before_the_name_outweighs_the_group(nlp):
    found = profiles_of(
        nlp,
        "Norland's parliament passed the budget on Tuesday.",
        "Finance Minister Hilda Brunswick, one of the founders of Arvale Bank, said the budget would protect pensions.",
    )
    assert ("Hilda Brunswick", "official", "") in found


def test_one_of_a_group_placed_in_a_country_serves_no_body(nlp):
    found = profiles_of(
        nlp,
        "Lena Fairweather, one of the best-known presenters in British radio, said the station would close in May.",
    )
    assert ("Lena Fairweather", "other", "") in found
