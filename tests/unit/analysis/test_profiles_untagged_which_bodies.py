"""A name the recogniser left untagged and that a clause opened by "which" sets off ("Pact Screen, which represents
independent producers, said") is an organisation speaking as itself, though its two words look like a given name and
a surname (quotes/named_speakers.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_untagged_name_with_which_speaks_as_a_body(nlp):
    found = profiles_of(
        nlp,
        "Pact Screen, which represents independent television producers, said the cuts would fall hardest on small "
        "companies outside London.",
    )
    assert ("Pact Screen", "institution", "") in found
