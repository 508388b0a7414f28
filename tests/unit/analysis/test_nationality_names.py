"""A given name or surname the recogniser took for a nationality ("Therese" of "Therese Kabongo", "Tallis" of "Gwen
Tallis") is a word of the person's name; nationalities, parties and creeds before a name stay apart (fictional
texts)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


def _people(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_a_given_name_taken_for_a_nationality_opens_the_name(nlp):
    rows = said_by(nlp, "“We are ready to sign,” Therese Kabongo, the trade minister, told reporters in Lome.")
    assert rows == [("Therese Kabongo", "“We are ready to sign,”")]


def test_a_surname_taken_for_a_nationality_closes_the_name(nlp):
    rows = said_by(
        nlp,
        "Many savers lost money. One of them, retired nurse Gwen Tallis of Toledo, said she had lost her savings. "
        "“It was all I had,” Tallis said.",
    )
    assert rows == [("Gwen Tallis", "she had lost her savings"), ("Gwen Tallis", "“It was all I had,”")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Iranian Hassan Rouhani spoke on Tuesday.", ["Hassan Rouhani"]),
        ("Democrat Joe Manchin spoke on Tuesday.", ["Joe Manchin"]),
        ("Kurdish leader Masoud Barzani spoke on Tuesday.", ["Masoud Barzani"]),
        ("Comedian Dale Brenner said the show was over.", ["Dale Brenner"]),  # a word opening the sentence
        ("Dale Brenner boarded Marine One on Friday.", ["Dale Brenner"]),  # a number closes no name
    ],
)
def test_a_nationality_or_party_before_a_name_stays_apart(nlp, text, people):
    assert _people(nlp, text) == people


def test_a_word_the_article_writes_before_a_common_noun_stays_a_nationality(nlp):
    text = "Therese Kabongo spoke on Tuesday. The Therese delegation left on Friday."
    assert "Therese Kabongo" not in _people(nlp, text)
