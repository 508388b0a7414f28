"""A question put to a person, set off between the person and what the person does next, where the parser hung that
next verb, with its auxiliaries, on "asked" ("Ferreira-Lutz, asked whether he would govern alone, would not be
drawn"): the question is no quote of the person's (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_question_before_a_verb_with_auxiliaries_is_no_quote(nlp):
    found = said_by(
        nlp,
        "Duarte Ferreira-Lutz thanked his supporters in Porto.",
        "Ferreira-Lutz, asked whether he would govern as a minority, would not be drawn. ‘Tonight we celebrate,’ he "
        "said.",
    )
    assert found == [("Duarte Ferreira-Lutz", "‘Tonight we celebrate,’")]
