"""A place set off with "run by" an organisation speaks as that organisation."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_lodge_run_by_an_association_speaks_as_the_association(nlp):
    """ "The lodge, run by the … Association, told residents …": a lodge is no body the lexicon knows, and it spoke
    as an unnamed source; the organisation that runs it speaks for it."""
    paragraph = (
        "The lodge, run by the non-profit Kestrel Valley Elders Association, told residents in a letter last week "
        "that it had shut 12 rooms because it could not find cooks."
    )
    assert [(s, k) for s, k, _ in profiles_of(nlp, paragraph)] == [("Kestrel Valley Elders Association", "institution")]


def test_a_person_employed_by_an_organisation_is_no_organisation(nlp):
    """ "The nurse, employed by the … Association, said": a person, whom the organisation does not speak for."""
    paragraph = (
        "The nurse, employed by the Kestrel Valley Elders Association, said she had worked nine nights in a row."
    )
    assert [k for _, k, _ in profiles_of(nlp, paragraph)] != ["institution"]
