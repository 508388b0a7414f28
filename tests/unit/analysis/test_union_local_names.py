"""A union local's whole name (union_locals): a union's name that joins its trades with "and" or "of" is one name
with its local's number, and "the union" after it is that whole name, not the words after the "and"."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_union_is_the_local_whose_name_joins_trades_with_and(nlp):
    said = said_by(
        nlp,
        "About 300 cashiers at Harmon Grocers walked out on Friday. United Food and Commercial Workers Local 2290 "
        "president Lena Osei said the talks had failed.",
        "The union says the grocer wants to cut hours for part-time staff.",
    )
    assert (
        "United Food and Commercial Workers Local 2290",
        "the grocer wants to cut hours for part-time staff",
    ) in said


def test_the_union_is_the_local_whose_name_has_of(nlp):
    said = said_by(
        nlp,
        "Linemen at Corrowan Power have voted to strike. Brotherhood of Line Workers Local 61 business manager Ivo "
        "Brandt said the vote was 94 per cent in favour.",
        "The union said its members had worked without a contract since March.",
    )
    assert ("Brotherhood of Line Workers Local 61", "its members had worked without a contract since March") in said
