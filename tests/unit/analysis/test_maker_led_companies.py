"""A company named right after its trade where a wire's own words start ("TOKYO (Reuters) - Chipmaker X said", the
trade capitalised after the dateline) speaks as itself under its name, without the trade: the trade word is no word
of the name (`untagged_names.untagged_start`), and a name the recogniser left untagged after a maker word is tagged
an organisation (`maker_led_companies`). Fictional companies and people."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_CASES = [
    (
        "DRESDEN, Germany, Nov 18 (Reuters) - Chipmaker Orrevik Microsystems said on Monday it would delay a chip "
        "plant near Dresden by two years, citing weak demand.",
        "Orrevik Microsystems",
    ),
    (
        "COLUMBUS, Ohio, March 3 (Reuters) - Chipmaker Orrevik Semiconductor said on Tuesday it would spend 20 "
        "billion dollars on a new chip plant.",
        "Orrevik Semiconductor",
    ),
    (
        "TOKYO, Nov 18 (Reuters) - Steelmaker Tollvik Steel said on Monday it would close two blast furnaces.",
        "Tollvik Steel",
    ),
    (
        "LONDON, Nov 18 (Reuters) - Lender Tollvik Bank said on Monday it would close 40 branches.",
        "Tollvik Bank",
    ),
]


@pytest.mark.parametrize(("paragraph", "company"), _CASES)
def test_a_company_named_after_its_trade_past_a_dateline_speaks_under_its_name(nlp, paragraph, company):
    assert profiles_of(nlp, paragraph) == [(company, "institution", "")]


def test_a_policymaker_stays_a_person(nlp):
    rows = profiles_of(nlp, "Policymaker Anna Rosvall-Ek said rates would rise again before the summer.")
    assert [(speaker, kind) for speaker, kind, _ in rows] == [("Anna Rosvall-Ek", "other")]


def test_a_name_with_no_trade_before_it_keeps_its_first_word(nlp):
    rows = profiles_of(
        nlp, "OSLO, Nov 18 (Reuters) - Valdemar Tollvik Holdings said on Monday it would sell its shipping arm."
    )
    assert rows == [("Valdemar Tollvik Holdings", "institution", "")]


def test_a_maker_in_lower_case_inside_a_sentence_is_left_as_it_was(nlp):
    rows = profiles_of(
        nlp,
        "LONDON -- Skelund Air more than doubled its annual profit and ordered 30 jets from the planemaker Vindrel on "
        "Thursday, saying demand for summer travel showed no sign of easing.",
        "Finance director Maren Holtby said the airline would pay its first dividend since 2019.",
    )
    assert ("Maren Holtby", "other", "Skelund Air") in rows
