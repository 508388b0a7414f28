"""A one-sentence lede that describes a body ("a seafarers' charity said") and a next paragraph that calls it back by
the same noun and names it in apposition ("The charity, the Pellworth Seafarers' Trust, said"): the lede's words are
that body's (lede_descriptions). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by

_LEDE = (
    "MOMBASA — Twelve sailors have been stranded aboard a fishing trawler for four months without pay, a seafarers’ "
    "charity said on Friday."
)


def test_a_lede_body_named_in_apposition_to_its_noun_next_is_that_body(nlp):
    rows = said_by(nlp, _LEDE, "The charity, the Pellworth Seafarers’ Trust, said the men had run out of fresh water.")
    assert [speaker for speaker, _ in rows] == ["Pellworth Seafarers’ Trust", "Pellworth Seafarers’ Trust"]


def test_a_body_of_another_noun_named_in_apposition_next_is_not_the_lede_body(nlp):
    rows = said_by(nlp, _LEDE, "The insurer, the Harbour Mutual Club, said the men had run out of fresh water.")
    assert rows[0][0] != "Harbour Mutual Club"
