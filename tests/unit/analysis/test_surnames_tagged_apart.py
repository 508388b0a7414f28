"""A person's last surname that the recogniser tagged apart as an organisation, right after the rest of the name."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_last_surname_tagged_an_organisation_is_the_rest_of_the_name(nlp):
    """ "Vice President Lorena Castro Vilela": the recogniser may tag "Lorena Castro" a person and "Vilela" an
    organisation; the speaker is the whole name, not the surname taken for a body."""
    paragraph = (
        "Asked about the strike at a press conference, Vice President Lorena Castro Vilela said the talks would resume."
    )
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Lorena Castro Vilela"]


def test_a_person_and_the_organisation_after_a_comma_stay_apart(nlp):
    """A comma between them, or an organisation's longer name, keeps them two entities."""
    paragraph = "Lorena Castro, Vilela Holdings' chief executive, said the talks would resume."
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Lorena Castro"]
