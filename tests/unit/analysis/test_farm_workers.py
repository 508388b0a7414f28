"""A farm worker named by a first name the recogniser took for an organisation, set beside a noun of farm work ("a
picker", "a farmworker"), is a person who speaks, not a body. Fictional texts of our own."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    "paragraph",
    [
        "Javier, a picker at an orchard near Wenatchee, said the pay had improved this season.",
        "Ramiro, a farmworker from Oaxaca, said the pay had improved this season.",
    ],
)
def test_a_first_name_beside_a_farm_worker_s_noun_is_a_person(nlp, paragraph):
    assert [kind for _, kind, _ in profiles(nlp, paragraph)] == ["other"]
