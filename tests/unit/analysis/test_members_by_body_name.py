"""A description in the words of the body a person serves ("the conservation officer said" after "Sgt. X of the
Conservation Officer Service") is that person (`member_by_body_name`), not the body taken for a company that plies
the field the description names (real pipeline, fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_conservation_officer_is_the_sergeant_of_the_service(nlp):
    rows = said_by(
        nlp,
        "Sgt. Lionel Prentiss-Okoro of the provincial Conservation Officer Service said the cougar had been seen "
        "near the school twice this week.",
        "“Keep cats and small dogs inside after dark until it moves on,” the conservation officer said.",
    )
    assert [s for s, _ in rows] == ["Lionel Prentiss-Okoro", "Lionel Prentiss-Okoro"]
