"""A description set off beside a later bare surname the recogniser left untagged joins the profile of the person
first named in full, when the article described them no other way (texts of our own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of

_FIRST = (
    "Inside the hall, which looks like a school gym, Tomas Vargo said he and other volunteers are collecting money for "
    "the families of the flood victims."
)


def test_the_description_beside_a_bare_surname_is_the_persons(nlp):
    rows = quote_rows_of(
        nlp, _FIRST, "Vargo, a chemistry professor and a member of the hall's board, said he never saw the driver."
    )
    assert [(r["speaker"], r["speaker_kind"], r["role"]) for r in rows] == [
        ("Tomas Vargo", "analyst", "chemistry professor"),
        ("Tomas Vargo", "analyst", "chemistry professor"),
    ]


def test_a_description_given_with_the_full_name_stays(nlp):
    first = "Tomas Vargo, a retired bus driver, said he and other volunteers are collecting money for the families."
    rows = quote_rows_of(nlp, first, "Vargo, a member of the hall's board, said he never saw the driver.")
    assert {r["role"] for r in rows} == {"retired bus driver"}


def test_a_description_of_another_bearer_of_the_surname_is_not_his(nlp):
    first = "Inside the hall, Donald Vargo said he and other volunteers are collecting money for the families."
    later = "Vargo, chief of staff at her mother's bakery, said she never saw the driver."
    assert {r["role"] for r in quote_rows_of(nlp, first, later) if r["speaker"] == "Donald Vargo"} == {""}


def test_a_description_after_a_clause_set_off_by_dashes_is_of_someone_else(nlp):
    later = "Vargo - who fired Ann Kell, the hall's manager, in May - said he never saw the driver."
    assert {r["role"] for r in quote_rows_of(nlp, _FIRST, later) if r["speaker"] == "Tomas Vargo"} == {""}
