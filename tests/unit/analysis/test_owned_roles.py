"""A post owned by the body its holder serves, said again later: "the bloc's lead negotiator said" after "the European
Union's lead negotiator, X,", "The agency's administrator said" after "the agency's administrator, X," are the person
named with the post (owned_roles.py); a post owned by another name ("Brazil's lead negotiator") or by no body ("a
company's") is not. Fictional texts on the real spaCy pipeline."""

from __future__ import annotations

from tests.quoting import said_by

NAMED = (
    "“We did not come here to sign a weak text,” the European Union’s lead negotiator, Greta Hallenborg-Quay, told "
    "reporters after midnight."
)
BETWEEN = "The talks ran on past the deadline, and delegates slept in the halls."


def _speaker_of_last(nlp, *paragraphs: str) -> str:
    return said_by(nlp, *paragraphs)[-1][0]


def test_a_word_for_the_body_owning_the_post_is_the_person_named_with_it(nlp):
    later = "The bloc’s lead negotiator said the union would study the new text overnight."
    assert _speaker_of_last(nlp, NAMED, BETWEEN, later) == "Greta Hallenborg-Quay"


def test_the_body_s_own_name_owning_the_post_is_the_person_named_with_it(nlp):
    later = "The European Union’s lead negotiator said the union would study the new text overnight."
    assert _speaker_of_last(nlp, NAMED, BETWEEN, later) == "Greta Hallenborg-Quay"


def test_an_agency_s_administrator_named_once(nlp):
    named = "“This rule goes after leaks,” the agency’s administrator, Corinne Vasquez-Tolland, said on Monday."
    later = "The agency’s administrator said the rule would survive in court."
    assert _speaker_of_last(nlp, named, BETWEEN, later) == "Corinne Vasquez-Tolland"


def test_another_body_s_post_is_not_the_person_named_with_it(nlp):
    later = "Brazil’s lead negotiator said the union would study the new text overnight."
    assert _speaker_of_last(nlp, NAMED, BETWEEN, later) == ""
