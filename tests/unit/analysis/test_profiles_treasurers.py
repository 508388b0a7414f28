"""A treasurer tied to no body is a government's, an official ("Treasurer X told reporters"); one of a club or a
company stays `other` (quotes/kinds.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_treasurer_of_no_body_is_an_official(nlp):
    found = profiles_of(nlp, "Treasurer Daniel Croft told reporters that public spending was not adding to inflation.")
    assert ("Daniel Croft", "official", "") in found


def test_a_companys_treasurer_is_other(nlp):
    found = profiles_of(nlp, "Tom Hale, treasurer of Brandt Foods, said the bond sale had gone well.")
    assert ("Tom Hale", "other", "Brandt Foods") in found
