"""A title of office tagged an organisation alone before its holder's name ("The Taoiseach, X,"), and the Irish
heads of government as titles (lone_titles.py, the lexicons)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_taoiseach_named_once_is_who_the_taoiseach_is_later(nlp):
    said = said_by(
        nlp,
        "The Taoiseach, Brendan Kinsella, has defended the ferry contract for Inishcorr before the Dáil.",
        "The Labour leader, Ruth Garvey, said the contract had been awarded without a tender.",
        "The Taoiseach later told reporters the islanders had waited long enough for a service.",
    )
    assert ("Brendan Kinsella", "the islanders had waited long enough for a service") in said


def test_the_tanaiste_before_his_name_is_his_title_not_part_of_it(nlp):
    said = said_by(nlp, "Tánaiste Colm Ferriter said the budget would protect pensions.")
    assert said == [("Colm Ferriter", "the budget would protect pensions")]
