"""A name the recogniser took for an organisation, set in apposition to a word for a rider, a cyclist, a motorist, a
pedestrian or a shopper ("Another rider, Boubacar Diallo, said …"), is a person's: the person speaks as a person,
and the "he" or "she" of the quotation after is that person, not the one quoted before (real pipeline; fictional
people and places)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, profiles_of

UNION = (
    f"{L}Our members already work overtime,{R} said Bruno Lessard-Vien, president of the union local. The union leader "
    "said a freeze would mean longer breakdowns."
)


@pytest.mark.parametrize(
    ("noun", "name"), [("rider", "Boubacar Diallo"), ("cyclist", "Mamadou Sow"), ("motorist", "Mamadou Balde")]
)
def test_a_rider_named_in_apposition_is_a_person_whom_the_he_after_means(nlp, noun, name):
    rows = profiles_of(
        nlp,
        "The transit agency will cut service on 40 routes.",
        f"{UNION} Another {noun}, {name}, said the cuts would hit people who have no other way to get around. "
        f"{L}The ones who take the bus at night are not the ones who decide,{R} he said.",
    )
    assert [(speaker, kind) for speaker, kind, _ in rows[-2:]] == [(name, "other"), (name, "other")]
