"""A role set beside a name behind its owner ("X, the clinic’s only vet,") that the parser hung on the owner, as a
conjunct or a second apposition, is still the person's role (`possessed_role`), so that "the vet said" later is that
person (real pipeline, fictional text)."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by


def test_the_vet_said_is_the_vet_named_before(nlp):
    rows = said_by(
        nlp,
        "“We have two cages for thirty foxes,” says Tomasz Ebright-Lowe, a student who volunteers on weekends. “We "
        "stitch up what we can,” adds Dr. Anneliese Vorhees-Quan, the centre’s only vet, who comes in on Mondays.",
        "Vorhees-Quan said the centre sent about half of its foxes back to the woods, a fair rate for a place that "
        "takes the worst cases. “The ones we see are the ones nobody else could help,” the vet said.",
    )
    assert [s for s, _ in rows] == ["Tomasz Ebright-Lowe", *["Anneliese Vorhees-Quan"] * 3]


def test_the_role_is_the_noun_after_the_owner(nlp):
    rows = quote_rows_of(
        nlp, "“We stitch up what we can,” adds Dr. Anneliese Vorhees-Quan, the shelter’s only vet, who works Mondays."
    )
    assert [r["role"] for r in rows] == ["only vet"]
