"""A title named after its holder's function, which the recogniser tags an organisation without its last word (texts
of our own): the function is no body, so a later "the ministry said" is the ministry's."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_public_relations_officer_is_no_body_for_the_ministry(nlp):
    rows = said_by(
        nlp,
        "In a statement signed by the Public Relations Officer of the Regional Minister, Mr Kojo Ampem Darko, the "
        "ministry said it would meet the contractor over the stalled Dwenase bridge.",
    )
    assert [speaker for speaker, _ in rows] == ["ministry"]
