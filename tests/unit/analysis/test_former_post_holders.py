"""A body's noun that also names a person who held a post in one, said with "former" or "retired" ("the former
publisher says", "the retired regulator said"), calls back to the person the text before is about, not to the company
or agency named last; "the publisher said" with no such word is still the company."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

#: (the paragraph naming the body, the paragraph about the person and the quote, the person, the quote)
CASES = [
    (
        "The Gazette’s owner, Harrow Lane Media, said in an email that the paper had lost money for years.",
        "Ruth Calder, whose family ran the Gazette for four decades before she sold it, has regrets. “I thought they "
        "would keep it going,” the former publisher says from her porch.",
        "Ruth Calder",
        "“I thought they would keep it going,”",
    ),
    (
        "The banking agency said on Monday that it had fined Kestrel Bay Savings.",
        "Owen Strake spent 20 years inspecting small lenders. “Nobody was watching the books,” the retired regulator "
        "says.",
        "Owen Strake",
        "“Nobody was watching the books,”",
    ),
    (
        "The station’s owner, Corliss Radio Group, said it would sell the licence.",
        "Diane Holloway-Pratt read the morning news on the station for 30 years. “It was the town’s voice,” the former "
        "broadcaster says.",
        "Diane Holloway-Pratt",
        "“It was the town’s voice,”",
    ),
]


@pytest.mark.parametrize(("body", "person", "speaker", "quote"), CASES)
def test_a_former_publisher_regulator_or_broadcaster_is_the_person_the_text_is_about(nlp, body, person, speaker, quote):
    rows = said_by(nlp, body, person)
    assert (speaker, quote) in rows, rows


def test_the_publisher_with_no_former_is_still_the_company(nlp):
    rows = said_by(
        nlp,
        "Harrow Lane Media bought the Gazette in 2017. Ruth Calder, who edited it, stayed on for a year.",
        "The publisher said the paper would close in March.",
    )
    assert ("Harrow Lane Media", "the paper would close in March") in rows, rows
