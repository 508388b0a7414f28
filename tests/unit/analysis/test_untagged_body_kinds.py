"""A body whose name the recogniser missed, called back paragraphs later by the kind of body its name ends with ("the
port authority" after "the Marrick Bay Port Authority"), is that body speaking as itself."""

from __future__ import annotations

from tests.quoting import said_by

_STORY = (
    "The Marrick Bay Port Authority approved a plan on Tuesday to build a second cruise pier.",
    "Mayor Anneliese Brandvold said the town would hire more police for cruise days.",
    "Residents have collected more than 3,000 signatures against the pier.",
    "Quay Lane Neighbors, a residents' group, said the pier would bring crowds into narrow streets.",
    "The port authority said construction would start in the autumn.",
)


def test_the_kind_of_body_a_missed_name_ends_with_calls_it_back_paragraphs_on(nlp):
    assert ("Marrick Bay Port Authority", "construction would start in the autumn") in [
        (speaker, quote[:38]) for speaker, quote in said_by(nlp, *_STORY)
    ]
