"""A Korean name, family name first and a hyphenated given name with its second syllable in lower case, that the
recogniser broke up after a title ("Professor Han Do-yoon") is a person, who speaks (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_korean_name_after_a_title_speaks(nlp):
    found = said_by(
        nlp,
        "‘It will be a very long two years for the president,’ said Professor Han Do-yoon of the Graduate School of "
        "Public Policy at Sunmore University in Seoul.",
    )
    assert [speaker for speaker, _ in found] == ["Han Do-yoon"]


def test_words_joined_by_a_hyphen_after_a_capital_are_no_korean_name(nlp):  # a guard: "In" is no family name here
    found = said_by(nlp, "In Long-term care, costs rose, said Mara Velde, a nurse.")
    assert [speaker for speaker, _ in found] == ["Mara Velde"]
