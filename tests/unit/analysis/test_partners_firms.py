"""A firm named after its partners, set after one of them ("Oliver Stratton of Stratton Pryce"), is where that person
works (GUIDELINES: the affiliation "X of Y"), though the recogniser tags its name a person's."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_lawyer_of_a_firm_that_bears_his_surname_is_affiliated_to_it(nlp):
    rows = profiles_of(
        nlp,
        "A lawyer for the builder, Oliver Stratton of Stratton Pryce, said his client would fight the fine and had "
        "helped the inspectors from the start.",
    )
    assert rows == [("Oliver Stratton", "other", "Stratton Pryce")]
