"""A one-word name the recogniser took for a place, described as a parent ("Rina, 34, a mother of two"), is a person
who speaks, and the pronoun after it is hers (the person words of mislabelled_people.py)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_name_described_as_a_mother_is_a_person(nlp):
    rows = said_by(
        nlp,
        "Minister of Health Ratna Sari said clinics in Tanjung Seri would stay open at night.",
        "Rina, 34, a mother of two in Pekanbaru, said her children had been coughing for days. "
        f"{L}We keep the windows shut, but the smoke still comes in,{R} she said.",
    )
    assert [speaker for speaker, _ in rows] == ["Ratna Sari", "Rina", "Rina"]
