"""A participle of speech that the parser hung on the relative clause of an apposition ("endorsed Proposition 127, a
ballot measure that would tax rentals …, calling it “…”") is the main subject's, as with a clause on the object itself
(noun_clause_participles.noun_of_clause); a clause with a subject of its own keeps it."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

CASES = [
    (
        "DENVER — Gov. Ruth Ambleside-Kerr on Thursday endorsed Proposition 9, a ballot measure that would tax "
        "short-term vacation rentals to pay for affordable housing, calling it “the fairest money this state will ever "
        "raise.”",
        [("Ruth Ambleside-Kerr", "“the fairest money")],
    ),
    (
        "Senator Odile Marchbrook-Teague signed the pledge on Monday, a promise that would bar new fees on family "
        "farms for a decade, saying it was “the least we owe the people who feed us.”",
        [("Odile Marchbrook-Teague", "“the least we owe")],
    ),
    (
        "The mayor, Ignatius Fellowes-Roan, vetoed Ordinance 12, a rule that would ban leaf blowers in the summer "
        "months to cut noise, calling it “a solution in search of a problem.”",
        [("Ignatius Fellowes-Roan", "“a solution in search o")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_participle_on_an_apposed_clause_is_the_main_subjects(nlp, text, expected):
    said = said_by(nlp, text)
    assert [(speaker, quote[: len(expected[0][1])]) for speaker, quote in said] == expected


def test_a_clause_with_a_subject_of_its_own_keeps_it(nlp):
    said = said_by(
        nlp,
        "The front-runner complained that the count had been “fixed” against him, a charge that the party’s state "
        "leaders flatly denied, noting that they had used the same rules since 2004.",
    )
    assert [(speaker, quote[:18]) for speaker, quote in said] == [("", "the count had been")]
