"""Names of property companies end in words no person's name does ("Properties", "Realty", "Developments", "Homes",
"Servicing", "Lending"): such a name set beside a description a person might also bear ("a London landlord", "the
developer", "the loan's special servicer") is the company speaking as itself, whatever the recogniser took it for; a
person so described stays a person. Fictional sentences on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The loan's special servicer, Quillmark Servicing, said it would appoint a receiver.", "Quillmark Servicing"),
        ("Ashdown Properties, a London landlord, said it would sell the tower.", "Ashdown Properties"),
        ("Brightlane Developments, the developer, said it would delay the project.", "Brightlane Developments"),
        ("Larkspur Realty, the building's manager, said it had found new tenants.", "Larkspur Realty"),
    ],
)
def test_a_property_company_set_beside_a_description_speaks_as_itself(nlp, text, name):
    assert profiles_of(nlp, text) == [(name, "institution", "")]


def test_a_person_described_as_a_landlord_stays_a_person(nlp):
    text = "Oswin Tarrant-Hale, a London landlord, said he would sell the tower."
    assert [kind for _, kind, _ in profiles_of(nlp, text)] == ["other"]
