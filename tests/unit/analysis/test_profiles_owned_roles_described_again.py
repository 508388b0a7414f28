"""A person named between an owned role and a second description ("The group's lawyer, X, an environmental lawyer who
has fought three permits, said"; "The company's spokeswoman, X, a mother of three, said"): the second names no body,
so the first's owner stays the person's affiliation. Fictional texts of our own, gold written before any run."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of, wrong_profiles

_MARSH = "The Cobb Marsh Trust, a residents' group, went to court in March to stop the quarry."

#: (id, paragraphs, (anchor, speaker, kind, affiliation)): the gold profile of the speaker's quote.
CASES = [
    (
        "the-groups-lawyer-an-environmental-lawyer",
        (
            _MARSH,
            "The group's lawyer, Petra Lindahl, an environmental lawyer who has fought four quarries in the county, "
            "said the permit had been issued without a study of the marsh's birds.",
        ),
        ("without a study", "Petra Lindahl", "other", "Cobb Marsh Trust"),
    ),
    (
        "the-companys-spokeswoman-a-mother-of-three",
        (
            "Korvane Steel said it would cut 300 jobs at its plant in Ohio.",
            "The company's spokeswoman, Dana Reyes, a mother of three, said the cuts would fall on night shifts.",
        ),
        ("night shifts", "Dana Reyes", "other", "Korvane Steel"),
    ),
]


@pytest.mark.parametrize("paragraphs, gold", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_owner_of_the_first_role_stays_the_persons(nlp, paragraphs, gold):
    rows = [r for r in quote_rows_of(nlp, *paragraphs) if r["speaker"] == gold[1]]
    assert wrong_profiles(rows, [gold]) == []
