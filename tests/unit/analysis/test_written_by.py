"""A writing that "said" something speaks for whoever issued it "in a <writing>" just before: fictional texts."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_statement_said_is_the_body_that_said_something_in_a_statement(nlp):
    """ "The Northern Towns Association said in a statement that … “…,” the statement said.": the association, not an
    unnamed source."""
    rows = said_by(
        nlp,
        "Mayors were more cautious. The Northern Towns Association said in a statement that councils had approved "
        f"every plan put to them. {L}The money is the problem, not the permits,{R} the statement said.",
    )
    assert rows[-1] == ("Northern Towns Association", f"{L}The money is the problem, not the permits,{R}")


def test_the_letter_said_is_who_wrote_in_a_letter_in_the_paragraph_before(nlp):
    """ "In a letter to the minister, it said …" (it: the federation), then in the next paragraph "the letter said"."""
    rows = said_by(
        nlp,
        "The Prairie Cattle Federation has asked Ottawa for help. In a letter to the minister, it said ranchers need "
        "an answer by July.",
        f"{L}A cow cannot wait for a committee,{R} the letter said.",
    )
    assert rows[-1] == ("Prairie Cattle Federation", f"{L}A cow cannot wait for a committee,{R}")
