"""A worker described by the machine he operates ("a machine operator", "a forklift operator") is a person with that
role and no body, while "a grid operator" stays a company's noun."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def _profile(nlp, text: str) -> tuple[str, str, str, str]:
    (row,) = quote_rows_of(nlp, text)
    return row["speaker"], row["speaker_kind"], row["role"], row["affiliation"]


def test_a_worker_named_by_first_name_and_the_machine_he_operates_is_a_person(nlp):
    text = "Tobin, a machine operator at the mill for 12 years, said he had learned of the closure from a neighbour."
    assert _profile(nlp, text) == ("Tobin", "other", "machine operator", "")


def test_a_machine_operator_gives_no_body_as_affiliation(nlp):
    text = "Hal Prentiss, a forklift operator, said the night shift would be the first to go."
    assert _profile(nlp, text) == ("Hal Prentiss", "other", "forklift operator", "")


def test_a_crane_operator_keeps_the_company_he_works_at(nlp):
    text = "Hal Prentiss, a crane operator at Varnmoor Steel, said the night shift would be the first to go."
    assert _profile(nlp, text)[1:] == ("other", "crane operator", "Varnmoor Steel")
