"""A rank that "Retired" opens before a name is a post no longer held: the company officer who holds it serves no state
(quotes/people.py, `_PAST_RANKS`)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_retired_general_heading_a_companys_security_is_no_official(nlp):
    """ "Brandmoor Oil chief of security, Retired General X, said": the company's officer (`other`), not an officer
    serving a state, as a serving general before the name would be."""
    profiles = profiles_of(
        nlp,
        "Brandmoor Oil chief of security, Retired General Tomas Ebert, said security measures would be stricter.",
    )
    assert profiles == [("Tomas Ebert", "other", "Brandmoor Oil")]


def test_a_serving_general_heading_a_directorate_stays_an_official(nlp):
    """ "Brigadier General X, head of the army's logistics directorate, said": a rank with no "retired" or "former"
    before it is an officer's serving a state."""
    profiles = profiles_of(
        nlp,
        "Brigadier General Tomas Ebert, head of the army's logistics directorate, said the convoy had left on time.",
    )
    assert [kind for _, kind, _ in profiles] == ["official"]
