"""A body's name the recogniser cut before the initials in brackets that spell it is made whole, the small words of
French and Spanish names included (fictional texts)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("The Oficina Nacional de Estadística y Censos (ONEC) said prices rose in March.", "Oficina Nacional de "),
        ("A spokesman for the Instituto Nacional de Vías y Puertos (INVP) said the road was closed.", "Instituto "),
    ],
)
def test_a_name_joined_by_foreign_small_words_is_made_whole_up_to_its_initials(nlp, paragraph, body):
    names = [e.text for e in nlp(paragraph).ents if e.label_ == "ORG"]
    assert any(name.startswith(body) and name.endswith(("Censos", "Puertos")) for name in names), names
