"""A body's noun that also names a person who held a post in one, said with "former" or "retired" ("the former
publisher says", "the retired regulator said"), calls back to the person the text before is about, not to the company
or agency named last; "the publisher said" with no such word is still the company."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_former_publisher_is_the_man_the_paragraph_is_about(nlp):
    rows = said_by(
        nlp,
        "The Gazette’s owner, Harrow Lane Media, said in an email that the paper had lost money for years.",
        "Ruth Calder, whose family ran the Gazette for four decades before she sold it, has regrets. “I thought they "
        "would keep it going,” the former publisher says from her porch.",
    )
    assert ("Ruth Calder", "“I thought they would keep it going,”") in rows, rows


def test_a_retired_regulator_and_a_former_broadcaster_are_people(nlp):
    rows = said_by(
        nlp,
        "The banking agency said on Monday that it had fined Kestrel Bay Savings.",
        "Owen Strake spent 20 years inspecting small lenders. “Nobody was watching the books,” the retired regulator "
        "says.",
    )
    assert ("Owen Strake", "“Nobody was watching the books,”") in rows, rows
    rows = said_by(
        nlp,
        "The station’s owner, Corliss Radio Group, said it would sell the licence.",
        "Diane Holloway-Pratt read the morning news on the station for 30 years. “It was the town’s voice,” the former "
        "broadcaster says.",
    )
    assert ("Diane Holloway-Pratt", "“It was the town’s voice,”") in rows, rows


def test_the_publisher_with_no_former_is_still_the_company(nlp):
    rows = said_by(
        nlp,
        "Harrow Lane Media bought the Gazette in 2017. Ruth Calder, who edited it, stayed on for a year.",
        "The publisher said the paper would close in March.",
    )
    assert ("Harrow Lane Media", "the paper would close in March") in rows, rows
